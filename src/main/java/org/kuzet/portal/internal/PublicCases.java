package org.kuzet.portal.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kuzet.calendar.PartialDate;
import org.kuzet.incident.IncidentSearch;
import org.kuzet.legalcase.CaseView;
import org.kuzet.legalcase.LegalArticle;
import org.kuzet.legalcase.LegalCase;
import org.kuzet.legalcase.LegalCaseBook;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.reference.Revisions;
import org.kuzet.security.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public's view of legal cases: court matters are public, except a case linked to an incident that is not
 * published (the link would give that incident away), as {@link LegalCases#isPublic} decides for the API too.
 * Public, with its records, only so that the templates' expressions may read them.
 */
@Component
public class PublicCases {

    /** A case as its public page and its printout show it: the dataset's shape, with what a reader needs beside. */
    public record Shown(long id, Map<String, Object> facts, int revision, String basisLabel,
                 List<IncidentSearch.Titled> incidents) {

        public String title() {
            return (String) facts.get("title");
        }

        /** The day (or month, or year) the case was opened. */
        public String opened() {
            return (String) facts.get("opened_on");
        }
    }

    /** A case an incident is linked to, as a line of the incident's page. */
    public record Link(long id, String title, String opened, String stage) {
    }

    private final LegalCases cases;
    private final CaseView view;
    private final LegalCaseBook book;
    private final Revisions revisions;
    private final IncidentSearch incidents;
    private final JdbcClient jdbc;

    PublicCases(LegalCases cases, CaseView view, LegalCaseBook book, Revisions revisions, IncidentSearch incidents,
            JdbcClient jdbc) {
        this.cases = cases;
        this.view = view;
        this.book = book;
        this.revisions = revisions;
        this.incidents = incidents;
        this.jdbc = jdbc;
    }

    Optional<Shown> find(long id, Locale locale) {
        // the revision first, as the API reads it: a change made meanwhile shows as a later version, never as this one
        int revision = revisions.stored(LegalCases.TABLE, id).orElse(0);
        return cases.find(id).filter(c -> cases.isPublic(id)).map(c -> new Shown(id, view.of(c, true), revision,
                basisLabel(c, locale), incidents.titledByIds(c.facts().incidentIds(), Viewer.PUBLIC)));
    }

    /** The public cases a published incident is linked to, newest first. */
    List<Link> ofIncident(long incidentId) {
        return jdbc.sql("""
                select c.id, c.title, c.opened_on, c.opened_precision, c.stage
                from legal_case_incident ci join legal_case c on c.id = ci.case_id
                where ci.incident_id = ?
                  and not exists (select 1 from legal_case_incident o join incident i on i.id = o.incident_id
                                  where o.case_id = c.id and i.workflow_state <> 'published')
                order by c.opened_on desc, c.id desc""").param(incidentId)
                .query((rs, n) -> new Link(rs.getLong("id"), rs.getString("title"),
                        PartialDate.of(rs.getObject("opened_on", LocalDate.class), rs.getString("opened_precision"))
                                .toString(), rs.getString("stage")))
                .list();
    }

    private String basisLabel(LegalCase c, Locale locale) {
        String basis = c.facts().basis();
        return basis == null ? null : book.articles(locale).stream().filter(a -> a.code().equals(basis))
                .map(LegalArticle::label).findFirst().orElse(basis);
    }
}
