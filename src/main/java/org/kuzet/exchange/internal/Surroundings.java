package org.kuzet.exchange.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kuzet.calendar.PartialDate;
import org.kuzet.incident.Incident;
import org.kuzet.inquiry.Inquiries;
import org.kuzet.inquiry.Inquiry;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.security.Viewer;
import org.kuzet.source.Source;
import org.kuzet.source.Sources;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an exchange file may say around an incident: its public sources, the official replies to it, the service's
 * inquiries about it and the money of its legal cases. A confidential source and a correspondent's report never
 * appear, whoever asks; the rest as the viewer may see it (sources and inquiries through their owners' rules, a case
 * only when its owner calls it public or the viewer is a monitor; an inquiry once published). Replies and cases are read from their owners' tables
 * (read only: they keep no list "by incident" in their API).
 */
@Component
class Surroundings {

    /** A public source, as the exchange formats name it. */
    record PublicSource(String externalId, String kind, String outlet, String title, String url, String publishedOn) {
    }

    /** An official reply or statement about the incident. */
    record Reply(long id, String speaker, String role, String date, String stance, String summary, String url) {
    }

    /** A legal case of the incident, with its money in tenge. */
    record CaseMoney(long id, String externalId, String title, String kind, String stage, Long claimedKzt,
            Long awardedKzt, Long collectedKzt) {
    }

    private final Sources sources;
    private final Inquiries inquiries;
    private final LegalCases cases;
    private final JdbcClient jdbc;

    Surroundings(Sources sources, Inquiries inquiries, LegalCases cases, JdbcClient jdbc) {
        this.sources = sources;
        this.inquiries = inquiries;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    List<PublicSource> sources(Incident incident, Viewer viewer) {
        return incident.content().sources().stream().map(id -> sources.find(id, viewer)).flatMap(Optional::stream)
                .filter(Surroundings::mayLeave)
                .map(s -> new PublicSource(s.externalId(), s.kind(), s.outletName(), s.title(), s.url(),
                        s.publishedOn()))
                .toList();
    }

    /** A confidential source or a correspondent's report (confidential by its kind) never leaves the service. */
    static boolean mayLeave(Source source) {
        return !source.confidential() && !"correspondent_report".equals(source.kind());
    }

    List<Reply> replies(long incident) {
        return jdbc.sql("""
                        select s.id, s.speaker_name, s.speaker_role, s.made_on, s.date_precision, s.stance, s.summary,
                               s.url
                        from statement_incident x join statement s on s.id = x.statement_id
                        where x.incident_id = ? order by s.made_on, s.id""").param(incident)
                .query((rs, n) -> new Reply(rs.getLong("id"), rs.getString("speaker_name"),
                        rs.getString("speaker_role"), PartialDate.of(rs.getObject("made_on", LocalDate.class),
                                rs.getString("date_precision")).toString(), rs.getString("stance"),
                        rs.getString("summary"), rs.getString("url")))
                .list();
    }

    /** The published inquiries about the incident: one still kept in the workspace is no partner's to read. */
    List<Inquiry> inquiries(long incident, Viewer viewer) {
        return inquiries.about(incident, viewer).stream().filter(Inquiry::isPublished).toList();
    }

    List<CaseMoney> cases(long incident, Viewer viewer) {
        return jdbc.sql("""
                        select c.id, c.external_id, c.title, c.kind, c.stage, c.claimed_kzt, c.awarded_kzt,
                               c.collected_kzt
                        from legal_case_incident x join legal_case c on c.id = x.case_id
                        where x.incident_id = ? order by c.opened_on, c.id""").param(incident)
                .query((rs, n) -> new CaseMoney(rs.getLong("id"), rs.getString("external_id"), rs.getString("title"),
                        rs.getString("kind"), rs.getString("stage"), (Long) rs.getObject("claimed_kzt"),
                        (Long) rs.getObject("awarded_kzt"), (Long) rs.getObject("collected_kzt")))
                .list().stream().filter(c -> viewer.isMonitor() || cases.isPublic(c.id())).toList();
    }
}
