package org.kuzet.incident.internal;

import org.kuzet.incident.Incident;
import org.kuzet.incident.IncidentContent;
import org.kuzet.incident.Perpetrator;
import org.kuzet.incident.Victim;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * New incidents with their ids, encoded as the rows of each of their tables ({@link CopyRows}) when made and
 * written later with one COPY per table, with the snapshot of each published version.
 */
public final class NewIncidents {

    private final CopyRows incidents = new CopyRows("incident", """
            id, external_id, title, summary, occurred_on, date_precision, place_code, primary_category,
            people_affected, verification, independent_sources, workflow_state, confidential_notes,
            rejection_reason, revision, created_by, submitted_at, submitted_by, published_at, published_by,
            dataset_sha256, language, translations""");
    private final CopyRows categories = new CopyRows("incident_category", "incident_id, category_code");
    private final CopyRows victims = new CopyRows("incident_victim",
            "incident_id, position, actor_id, name, victim_kind, role, gender, contact");
    private final CopyRows perpetrators = new CopyRows("incident_perpetrator",
            "incident_id, position, actor_id, name, perpetrator_type");
    private final CopyRows sources = new CopyRows("incident_source", "incident_id, source_id");
    private final CopyRows links = new CopyRows("incident_link", "incident_id, linked_incident_id");
    private final CopyRows revisions = new CopyRows("incident_revision",
            "incident_id, revision, snapshot, recorded_at, recorded_by, note");
    /** The folded words of each title that the door's duplicate check compares (see {@link TitleWords}). */
    private final CopyRows titleWords = new CopyRows("incident_title_word", "incident_id, word, words");
    private final CopyRows foldedTitles = new CopyRows("incident_title_folded", "incident_id, title");
    /** The actors named as victims or perpetrators, and the sources cited, not noted before: the search notes them. */
    private final Set<Long> actorIds = new HashSet<>();
    private final Set<Long> sourceIds = new HashSet<>();
    private final Noted noted;
    private final BinaryOperator<String> seal;

    /**
     * The actors and sources a transaction has already noted in the search outbox: a file of a million incidents
     * names the same few hundred in every chunk, and one note each per transaction is enough.
     */
    public static final class Noted {
        private final Set<Long> actors = new HashSet<>();
        private final Set<Long> sources = new HashSet<>();
        /** A large load: every incident is noted by one note of the whole type, not one per incident. */
        private boolean everyIncident;
        private boolean everyIncidentNoted;

        /** From now on the import notes its incidents all at once (for a {@link BulkLoad}). */
        void noteEveryIncident() {
            everyIncident = true;
        }
    }

    /**
     * {@code datasetSha256} holds the record hash of each incident, in the same order; {@code seal} seals a
     * confidential value of a record kind.
     */
    public NewIncidents(List<Incident> added, List<String> datasetSha256, Function<Incident, String> snapshot,
                        BinaryOperator<String> seal, Noted noted) {
        this.noted = noted;
        this.seal = seal;
        for (int n = 0; n < added.size(); n++) {
            Incident i = added.get(n);
            IncidentContent c = i.content();
            incidents.row(i.id(), i.externalId(), c.title(), c.summary(), c.date().start(), c.date().precision().code(),
                    c.place(), c.primaryCategory(), c.peopleAffected(), c.verification().code(),
                    c.independentSources(), i.state().code(), seal.apply("incident", c.confidentialNotes()),
                    i.rejectionReason(), i.revision(),
                    i.createdBy(), i.submittedAt(), i.submittedBy(), i.publishedAt(), i.publishedBy(),
                    datasetSha256.get(n), c.texts().language(), c.texts().translationsJson());
            parts(i, c);
            titleWords(i.id(), c.title());
            for (Incident.PublishedVersion version : i.versionsToKeep()) {
                revisions.row(i.id(), version.revision(), snapshot.apply(i),
                        version.at(), version.by(), version.note());
            }
            i.versionsToKeep().clear();
        }
        for (CopyRows rows : List.of(incidents, categories, victims, perpetrators, sources, links, revisions,
                titleWords, foldedTitles)) {
            rows.seal();
        }
    }

    /**
     * Cut here, on the thread that checks the file, rather than after the import: cutting and writing a hundred
     * thousand titles' words one batch at a time afterwards took longer than writing the incidents.
     */
    private void titleWords(long id, String title) {
        Set<String> words = DuplicateRules.titleWords(title);
        for (String word : words) {
            titleWords.row(id, word, words.size());
        }
        foldedTitles.row(id, title);
    }

    private void parts(Incident i, IncidentContent c) {
        for (String category : c.categories()) {
            categories.row(i.id(), category);
        }
        for (int v = 0; v < c.victims().size(); v++) {
            Victim victim = c.victims().get(v);
            victims.row(i.id(), v, victim.actor(), victim.name(), victim.kind().code(), victim.role(),
                    victim.gender() == null ? null : victim.gender().code(),
                    seal.apply("victim", victim.contact()));
            if (victim.actor() != null && noted.actors.add(victim.actor())) {
                actorIds.add(victim.actor());
            }
        }
        for (int p = 0; p < c.perpetrators().size(); p++) {
            Perpetrator perpetrator = c.perpetrators().get(p);
            perpetrators.row(i.id(), p, perpetrator.actor(), perpetrator.name(), perpetrator.type().code());
            if (perpetrator.actor() != null && noted.actors.add(perpetrator.actor())) {
                actorIds.add(perpetrator.actor());
            }
        }
        for (Long source : c.sources()) {
            sources.row(i.id(), source);
            if (noted.sources.add(source)) {
                sourceIds.add(source);
            }
        }
        for (Long linked : c.linkedIncidents()) {
            links.row(i.id(), linked);
        }
    }

    /** One COPY per table, parents first (the foreign keys of the children are checked as each COPY ends). */
    public void writeTo(Connection con) throws SQLException, IOException {
        // The incident rows note each incident in the search outbox (unless a large load notes them all at once).
        // The triggers of the parts would note each incident again (four more outbox rows per incident, a fifth of
        // the writing): they are told to note nothing for the parts' COPYs, and the other documents those triggers
        // would note, the actors named as victims or perpetrators and the sources with their outlets, are noted
        // once for the chunk below.
        String outbox = searchRefresh(con, null);
        if (noted.everyIncident) {
            searchRefresh(con, "off");
        }
        incidents.send(con);
        searchRefresh(con, "off");
        for (CopyRows rows : List.of(categories, victims, perpetrators, sources, links, titleWords, foldedTitles)) {
            if (!rows.isEmpty()) {
                rows.send(con);
            }
        }
        searchRefresh(con, outbox == null ? "" : outbox);
        noteOnce(con);
        if (!revisions.isEmpty()) {
            revisions.send(con);
        }
    }

    /**
     * The transaction's {@code kuzet.search_refresh} (V52: "off" makes the search triggers note nothing): with a
     * value, sets it until the transaction ends; answers the setting (null when never set).
     */
    private static String searchRefresh(Connection con, String value) throws SQLException {
        try (PreparedStatement statement = con.prepareStatement(value == null
                ? "select current_setting('kuzet.search_refresh', true)"
                : "select set_config('kuzet.search_refresh', ?, true)")) {
            if (value != null) {
                statement.setString(1, value);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /**
     * Notes in the search outbox what the search triggers of the victims, perpetrators and sources note besides
     * their incident (V50/V52): the actors they name, the sources, and the outlets of those sources; in a large
     * load, also every incident, once for the whole import (V53).
     */
    private void noteOnce(Connection con) throws SQLException {
        if (noted.everyIncident && !noted.everyIncidentNoted) {
            try (PreparedStatement statement = con.prepareStatement("select search_refresh_type('incident')")) {
                statement.execute();
            }
            noted.everyIncidentNoted = true;
        }
        if (actorIds.isEmpty() && sourceIds.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = con.prepareStatement("""
                select search_refresh('source', ?::bigint[]),
                       search_refresh('actor', array(select unnest(?::bigint[]) union
                                                     select outlet_actor_id from source
                                                     where id = any (?::bigint[]) and outlet_actor_id is not null))""")) {
            Array sourceArray = con.createArrayOf("bigint", sourceIds.toArray());
            statement.setArray(1, sourceArray);
            statement.setArray(2, con.createArrayOf("bigint", actorIds.toArray()));
            statement.setArray(3, sourceArray);
            statement.execute();
        }
    }
}
