package org.kuzet.workspace;

import org.kuzet.portal.PublicActors;
import org.kuzet.portal.PublicIncidents;
import org.kuzet.portal.PublicListFilter;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.kuzet.incident.IncidentAccess;
import org.kuzet.incident.IncidentSearch;
import org.kuzet.security.Viewer;
import org.kuzet.core.Languages;
import org.kuzet.core.Today;
import org.kuzet.legalcase.LegalCaseBook;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff workspace's overview and incident list: the same catalogue as the public's, over every workflow state
 * and with the state as one more facet.
 */
@Controller
class StaffPages {

    private static final int PAGE_SIZE = 20;

    /** A draft nobody has changed for this many days is shown on the desk's overview, with who holds it. */
    private static final int STALE_DAYS = 7;

    private final PublicIncidents incidents;
    private final PublicActors actors;
    private final LegalCaseBook cases;
    private final IncidentSearch ownIncidents;
    private final FormChoices choices;
    private final IncidentBulk bulk;

    StaffPages(PublicIncidents incidents, PublicActors actors, LegalCaseBook cases, IncidentSearch ownIncidents,
            FormChoices choices, IncidentBulk bulk) {
        this.choices = choices;
        this.bulk = bulk;
        this.incidents = incidents;
        this.ownIncidents = ownIncidents;
        this.actors = actors;
        this.cases = cases;
    }

    /** A journalist's or outlet's record for staff: every incident in any state and every legal case. */
    @GetMapping("/staff/actors/{id}")
    String actor(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("actor", actors.profile(id, Languages.of(locale), true)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("staffView", true);
        return "portal/actor";
    }

    /**
     * The overview. The review queue and the month's counts over every state are the desk's; a correspondent sees
     * the month's published incidents and no queue (their own submissions are in their incident list).
     */
    @GetMapping("/staff")
    String dashboard(Model model, Locale locale) {
        String lang = Languages.of(locale);
        boolean desk = IncidentAccess.seesEveryUnpublished(Viewer.current());
        YearMonth month = YearMonth.now(Today.CLOCK);
        PublicListFilter thisMonth = new PublicListFilter(null, null, null, null, month.toString(), null, null, null);
        model.addAttribute("month", month.toString());
        // the counts are over every state for the desk, published only for a correspondent: the page says which
        model.addAttribute("desk", desk);
        model.addAttribute("monthFacets", incidents.facets(thisMonth, lang, desk));
        PublicListFilter review = new PublicListFilter(null, null, null, null, null, null, null, "in_review");
        model.addAttribute("queue", desk ? incidents.list(review, 0, 20, lang, true)
                : new PublicIncidents.Page(List.of(), 0, 0, 20));
        model.addAttribute("hearings", cases.comingUp(10));
        model.addAttribute("staleDrafts", desk ? ownIncidents.staleDrafts(STALE_DAYS) : List.of());
        return "portal/staff-dashboard";
    }

    /**
     * Every incident in any state for the desk. A correspondent gets the public catalogue, and above it the
     * unpublished incidents they recorded themselves; nothing of anyone else's. {@code ?queue=mine} or
     * {@code ?queue=unassigned} shows, above the list, the unpublished incidents assigned to me or to nobody.
     */
    @GetMapping("/staff/incidents")
    String list(PublicListFilter filter, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "") String queue, Model model, Locale locale) {
        String lang = Languages.of(locale);
        Viewer me = Viewer.current();
        boolean desk = IncidentAccess.seesEveryUnpublished(me);
        model.addAttribute("filter", filter);
        model.addAttribute("query", filter.queryString());
        model.addAttribute("result", incidents.list(filter, Math.max(0, page), PAGE_SIZE, lang, desk));
        model.addAttribute("facets", incidents.facets(filter, lang, desk));
        model.addAttribute("mine", desk ? List.of() : ownIncidents.unpublishedOf(me));
        // "my queue" and "unassigned": the unpublished incidents handed to me, or to nobody yet
        model.addAttribute("queue", queue);
        model.addAttribute("queued", switch (queue) {
            case "mine" -> ownIncidents.assignedTo(me);
            case "unassigned" -> ownIncidents.unassigned(me);
            default -> List.of();
        });
        // the bulk actions this person may take on what they tick (the export is a button of its own)
        model.addAttribute("bulkActions", bulk.offered(me));
        model.addAttribute("bulkMonitor", me.isMonitor());
        model.addAttribute("categoryChoices", me.isMonitor() ? choices.categories(lang) : List.of());
        return "portal/staff-incidents";
    }
}
