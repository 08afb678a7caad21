package org.kuzet.workspace;

import java.time.LocalDate;
import java.util.List;
import org.kuzet.calendar.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What surrounds an incident on the staff's page: the official replies to it and the legal cases it led to, read
 * from the tables of the statement and legal case features (a read model, for the page only).
 */
@Component
class IncidentSurroundings {

    /** An official reply (rebuttal, acknowledgement, ...) linked to the incident. */
    public record Reply(long id, String speaker, String role, String date, String stance, String summary,
                        String quote, String url) {
    }

    /** A legal case linked to the incident, with its money (exact tenge). */
    public record CaseLine(long id, String title, String kind, String stage, LocalDate openedOn, Long claimedKzt,
                           Long awardedKzt) {
    }

    private final JdbcClient jdbc;

    IncidentSurroundings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Reply> replies(long incident) {
        return jdbc.sql("""
                select s.id, s.speaker_name, s.speaker_role, s.made_on, s.date_precision, s.stance, s.summary, s.quote,
                       s.url from statement_incident x join statement s on s.id = x.statement_id
                where x.incident_id = ? order by s.made_on, s.id""").param(incident)
                .query((rs, n) -> new Reply(rs.getLong("id"), rs.getString("speaker_name"), rs.getString("speaker_role"),
                        PartialDate.of(rs.getObject("made_on", LocalDate.class), rs.getString("date_precision")).toString(),
                        rs.getString("stance"), rs.getString("summary"), rs.getString("quote"), rs.getString("url")))
                .list();
    }

    public List<CaseLine> cases(long incident) {
        return jdbc.sql("""
                select c.id, c.title, c.kind, c.stage, c.opened_on, c.claimed_kzt, c.awarded_kzt
                from legal_case_incident x join legal_case c on c.id = x.case_id
                where x.incident_id = ? order by c.opened_on, c.id""").param(incident)
                .query((rs, n) -> new CaseLine(rs.getLong("id"), rs.getString("title"), rs.getString("kind"),
                        rs.getString("stage"), rs.getObject("opened_on", LocalDate.class),
                        (Long) rs.getObject("claimed_kzt"), (Long) rs.getObject("awarded_kzt")))
                .list();
    }
}
