package org.kuzet.portal.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Consumer;
import org.kuzet.calendar.PartialDate;
import org.kuzet.core.Languages;
import org.kuzet.portal.PublicIncidents;
import org.kuzet.portal.PublicListFilter;
import org.springframework.context.MessageSource;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/**
 * Every public field of the published incidents a filter of the public list selects, for the CSV and JSON
 * downloads, with the names of categories, places, kinds and verification in the visitor's language. Public fields
 * only: never confidential notes, victims' contacts, correspondents, nor any source that is hidden (a confidential
 * one, or a correspondent's report), which {@code source_hidden} decides as it does for search.
 */
@Component
class IncidentDownloads {

    /** A code with its name in the visitor's language. (Schema names: the API's own records have the plain ones.) */
    @Schema(name = "DownloadNamedCode")
    record Named(String code, String label) {
    }

    /** A victim (kind, role, gender) or a perpetrator (kind: its type). */
    @Schema(name = "DownloadPerson")
    record Person(String name, String kind, String kindLabel, String role, String gender) {
    }

    @Schema(name = "DownloadSource")
    record Source(String title, String outlet, String url) {
    }

    /** One incident as the downloads write it; {@code date} keeps its precision, from/to are its first and last day. */
    @Schema(name = "DownloadIncident")
    record Entry(long id, String date, String title, String summary, String datePrecision, LocalDate dateFrom,
                 LocalDate dateTo, String placeCode, String place, String primaryCategory, String category,
                 List<Named> furtherCategories, Integer peopleAffected, List<Person> victims,
                 List<Person> perpetrators, String verification, String verificationLabel, List<Source> sources,
                 int revision, OffsetDateTime publishedAt, String url, String titleLanguage) {
    }

    /** Incidents fetched, and completed with their lists, at a time: a download is never held whole. */
    private static final int FETCH = 500;

    private final PublicIncidents incidents;
    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final MessageSource messages;

    IncidentDownloads(PublicIncidents incidents, DataSource dataSource, PlatformTransactionManager transactions,
            MessageSource messages) {
        this.incidents = incidents;
        // PostgreSQL's driver fetches in batches only with a fetch size and inside a transaction
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH);
        this.jdbc = JdbcClient.create(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.messages = messages;
    }

    /**
     * Every incident the filter selects, oldest first, one at a time (a download streams, whatever its size). The
     * incidents are read in batches; each batch's further categories, victims, perpetrators and sources are read
     * with one query per child table for all its ids (an index lookup each), not one subquery per incident and list.
     */
    void each(PublicListFilter filter, Locale locale, String base, Consumer<Entry> sink) {
        PublicListFilter.Sql sql = incidents.publicSelection(filter);
        String lang = Languages.of(locale);
        String l = PublicIncidents.column(lang);
        Labels labels = new Labels(messages, locale);
        readOnly.executeWithoutResult(status -> {
            List<Entry> batch = new ArrayList<>(FETCH);
            // the title and summary in the visitor's language where translated, else the original with its language
            jdbc.sql(INCIDENTS.formatted(l, lang) + sql.where() + " order by i.occurred_on, i.id")
                    .params(sql.params())
                    .query((ResultSet rs) -> {
                        batch.add(entry(rs, labels, base));
                        if (batch.size() == FETCH) {
                            complete(batch, l, labels, sink);
                        }
                    });
            complete(batch, l, labels, sink);
        });
    }

    private static final String INCIDENTS = """
            select i.id, shown_text(i.title, i.translations, 'title', '%2$s') as title,
                   shown_text(i.summary, i.translations, 'summary', '%2$s') as summary,
                   shown_language(i.language, i.translations, 'title', '%2$s') as title_language, i.occurred_on,
                   i.date_precision, i.verification, i.place_code, i.primary_category, i.people_affected, i.revision,
                   i.published_at, p.name_%1$s as place, c.label_%1$s as category
            from incident i left join place p on p.code = i.place_code
            join category c on c.code = i.primary_category""";

    /** An incident without its lists yet: they are added batch by batch ({@link #complete}). */
    private Entry entry(ResultSet rs, Labels labels, String base) throws SQLException {
        long id = rs.getLong("id");
        PartialDate date = PartialDate.of(rs.getObject("occurred_on", LocalDate.class), rs.getString("date_precision"));
        String verification = rs.getString("verification");
        return new Entry(id, date.toString(), rs.getString("title"), rs.getString("summary"),
                date.precision().code(), date.start(), date.end(), rs.getString("place_code"), rs.getString("place"),
                rs.getString("primary_category"), rs.getString("category"), new ArrayList<>(),
                (Integer) rs.getObject("people_affected"), new ArrayList<>(), new ArrayList<>(), verification,
                labels.of("verification.", verification), new ArrayList<>(), rs.getInt("revision"),
                rs.getObject("published_at", OffsetDateTime.class), base + "/incidents/" + id,
                rs.getString("title_language"));
    }

    /** Reads the batch's lists, one query per child table, hands each incident on, and empties the batch. */
    private void complete(List<Entry> batch, String l, Labels labels, Consumer<Entry> sink) {
        if (batch.isEmpty()) {
            return;
        }
        Map<Long, Entry> byId = new HashMap<>();
        batch.forEach(e -> byId.put(e.id(), e));
        // the ids are numbers read from the database: as an array literal nothing can end it
        String ids = "any('{" + batch.stream().map(e -> String.valueOf(e.id()))
                .collect(java.util.stream.Collectors.joining(",")) + "}'::bigint[])";
        jdbc.sql("""
                select x.incident_id, f.code, f.label_%s as label from incident_category x
                join category f on f.code = x.category_code where x.incident_id = %s
                order by x.incident_id, f.position""".formatted(l, ids)).query((ResultSet rs) -> {
                    Entry e = byId.get(rs.getLong("incident_id"));
                    if (!rs.getString("code").equals(e.primaryCategory())) {
                        e.furtherCategories().add(new Named(rs.getString("code"), rs.getString("label")));
                    }
                });
        jdbc.sql("""
                select incident_id, name, victim_kind, role, gender from incident_victim where incident_id = %s
                order by incident_id, position""".formatted(ids)).query((ResultSet rs) -> {
                    String kind = rs.getString("victim_kind");
                    byId.get(rs.getLong("incident_id")).victims().add(new Person(rs.getString("name"), kind,
                            kind == null ? null : labels.of("victim.", kind), rs.getString("role"),
                            rs.getString("gender")));
                });
        jdbc.sql("""
                select incident_id, name, perpetrator_type from incident_perpetrator where incident_id = %s
                order by incident_id, position""".formatted(ids)).query((ResultSet rs) -> {
                    String kind = rs.getString("perpetrator_type");
                    byId.get(rs.getLong("incident_id")).perpetrators().add(new Person(rs.getString("name"), kind,
                            kind == null ? null : labels.of("perpetrator.", kind), null, null));
                });
        jdbc.sql("""
                select x.incident_id, s.title, coalesce(a.name, s.outlet_name) as outlet, s.url from incident_source x
                join source s on s.id = x.source_id left join actor a on a.id = s.outlet_actor_id
                where x.incident_id = %s and not source_hidden(s.kind, s.confidential)
                order by x.incident_id, s.id""".formatted(ids)).query((ResultSet rs) -> {
                    byId.get(rs.getLong("incident_id")).sources().add(new Source(rs.getString("title"),
                            rs.getString("outlet"), rs.getString("url")));
                });
        batch.forEach(sink);
        batch.clear();
    }

    /**
     * The names of kinds and verification levels in one language, each looked up once per download: a few dozen
     * codes recur over thousands of rows (the code itself where the messages have no name for it).
     */
    private static final class Labels {
        private final MessageSource messages;
        private final Locale locale;
        private final Map<String, String> known = new HashMap<>();

        Labels(MessageSource messages, Locale locale) {
            this.messages = messages;
            this.locale = locale;
        }

        String of(String prefix, String code) {
            return known.computeIfAbsent(prefix + code, key -> messages.getMessage(key, null, code, locale));
        }
    }
}
