package org.kuzet.portal.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kuzet.incident.IncidentSearch;
import org.kuzet.legalcase.CaseView;
import org.kuzet.legalcase.LegalArticle;
import org.kuzet.legalcase.LegalCase;
import org.kuzet.legalcase.LegalCaseBook;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.reference.Revisions;
import org.kuzet.security.Viewer;
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
                 List<IncidentSearch.Titled> incidents, org.kuzet.core.Texts.Shown heading) {

        /** The title in the visitor's language when it is translated, else the original. */
        public String title() {
            return heading.text();
        }

        /** The language the title is shown in, so the page can say "(in English only)". */
        public String titleLanguage() {
            return heading.language();
        }

        /** The day (or month, or year) the case was opened. */
        public String opened() {
            return (String) facts.get("opened_on");
        }
    }

    /** A case an incident is linked to, as a line of the incident's page: its title in the page's language if any. */
    public record Link(long id, String title, String titleLanguage, String opened, String stage) {
    }

    private final LegalCases cases;
    private final CaseView view;
    private final LegalCaseBook book;
    private final Revisions revisions;
    private final IncidentSearch incidents;

    PublicCases(LegalCases cases, CaseView view, LegalCaseBook book, Revisions revisions, IncidentSearch incidents) {
        this.cases = cases;
        this.view = view;
        this.book = book;
        this.revisions = revisions;
        this.incidents = incidents;
    }

    Optional<Shown> find(long id, Locale locale) {
        // the revision first, as the API reads it: a change made meanwhile shows as a later version, never as this one
        int revision = revisions.stored(LegalCases.TABLE, id).orElse(0);
        return cases.find(id).filter(c -> cases.isPublic(id)).map(c -> new Shown(id, view.of(c, true), revision,
                basisLabel(c, locale), incidents.titledByIds(c.facts().incidentIds(), Viewer.PUBLIC),
                c.facts().texts().title(org.kuzet.core.Languages.of(locale))));
    }

    /** The public cases a published incident is linked to, newest first. */
    List<Link> ofIncident(long incidentId, Locale locale) {
        String lang = org.kuzet.core.Languages.of(locale);
        return cases.linkedTo(incidentId).reversed().stream().filter(LegalCases.Linked::isPublic)
                .map(c -> {
                    org.kuzet.core.Texts.Shown title = c.texts().title(lang);
                    return new Link(c.id(), title.text(), title.language(), c.openedOn().toString(), c.stage());
                }).toList();
    }

    private String basisLabel(LegalCase c, Locale locale) {
        String basis = c.facts().basis();
        return basis == null ? null : book.articles(locale).stream().filter(a -> a.code().equals(basis))
                .map(LegalArticle::label).findFirst().orElse(basis);
    }
}
