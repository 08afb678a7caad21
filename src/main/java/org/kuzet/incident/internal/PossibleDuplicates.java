package org.kuzet.incident.internal;

import org.kuzet.incident.Incident;
import org.kuzet.incident.IncidentAccess;
import org.kuzet.incident.IncidentContent;
import org.kuzet.incident.IncidentView;
import org.kuzet.incident.Incidents;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kuzet.security.Viewer;
import org.kuzet.security.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The suspicions the door keeps (table incident_possible_duplicate): an incident may repeat another, for these
 * reasons. A suspicion is shown on both incidents' pages until a monitor dismisses it; a dismissed one is kept, and
 * not raised again when the draft is edited.
 */
@Repository
public class PossibleDuplicates {

    /** A pending suspicion as seen from one incident: the other one and why. */
    public record Suspicion(long other, List<String> reasons) {
    }

    private final JdbcClient jdbc;
    private final DuplicateRules rules;
    private final Incidents incidents;
    private final TitleWords titleWords;

    PossibleDuplicates(JdbcClient jdbc, DuplicateRules rules, Incidents incidents, TitleWords titleWords) {
        this.jdbc = jdbc;
        this.titleWords = titleWords;
        this.rules = rules;
        this.incidents = incidents;
    }

    /**
     * Looks again for the incidents this one may repeat, after it was recorded or its content changed: its title's
     * words are stored anew, and its pending suspicions are replaced by those found now.
     */
    public void lookFor(long id, IncidentContent content) {
        titleWords.keep(id, content.title());
        jdbc.sql("delete from incident_possible_duplicate where incident_id = ? and dismissed_at is null")
                .param(id).update();
        for (Map.Entry<Long, Set<String>> found : rules.suspects(id, content).entrySet()) {
            if (!known(found.getKey(), id)) {
                jdbc.sql("""
                                insert into incident_possible_duplicate (incident_id, other_id, reasons)
                                values (?, ?, ?) on conflict do nothing""")
                        .params(id, found.getKey(), found.getValue().toArray(String[]::new)).update();
            }
        }
    }

    /**
     * The pending suspicions of an incident as this viewer may see them: none unless the viewer sees the field
     * ({@link Visibility}), and only the other incidents the viewer may see (a correspondent never learns of another's
     * draft through it).
     */
    public List<IncidentView.DuplicateView> shownTo(Incident incident, Viewer viewer) {
        if (!viewer.sees(IncidentView.KIND, "possible_duplicates", incident.createdBy())) {
            return null;
        }
        List<Suspicion> suspicions = pending(incident.id());
        Map<Long, Incident> others = new java.util.HashMap<>();
        incidents.findAll(suspicions.stream().map(Suspicion::other).toList())
                .forEach(other -> others.put(other.id(), other));
        return suspicions.stream().filter(s -> others.containsKey(s.other()))
                .filter(s -> IncidentAccess.sees(viewer, others.get(s.other())))
                .map(s -> new IncidentView.DuplicateView(s.other(), others.get(s.other()).content().title(),
                        s.reasons()))
                .toList();
    }

    /** The pending suspicions this incident is either side of, oldest other incident first. */
    List<Suspicion> pending(long id) {
        return jdbc.sql("""
                        select case when incident_id = :id then other_id else incident_id end as other, reasons
                        from incident_possible_duplicate
                        where (incident_id = :id or other_id = :id) and dismissed_at is null
                        order by other""")
                .param("id", id)
                .query((rs, n) -> new Suspicion(rs.getLong(1), List.of((String[]) rs.getArray(2).getArray())))
                .list();
    }

    /** Dismisses the pending suspicion between the two, whichever way it was found; what it was, if there was one. */
    public Optional<Suspicion> dismiss(long id, long other, String by) {
        Optional<Suspicion> pending = pending(id).stream().filter(s -> s.other() == other).findFirst();
        pending.ifPresent(s -> jdbc.sql("""
                        update incident_possible_duplicate set dismissed_by = :by, dismissed_at = now()
                        where ((incident_id = :id and other_id = :other) or (incident_id = :other and other_id = :id))
                          and dismissed_at is null""")
                .param("by", by).param("id", id).param("other", other).update());
        return pending;
    }

    /**
     * Whether the two are already suspected the other way round, or a monitor already said they are not the same:
     * a suspicion is one row, whichever incident came second.
     */
    private boolean known(long a, long b) {
        return jdbc.sql("""
                        select count(*) from incident_possible_duplicate
                        where (incident_id = :a and other_id = :b) or (incident_id = :b and other_id = :a)""")
                .param("a", a).param("b", b).query(Long.class).single() > 0;
    }
}
