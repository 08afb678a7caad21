package org.kuzet.portal.internal;

import java.util.Locale;
import org.kuzet.core.Languages;
import java.util.List;
import java.util.Map;
import org.kuzet.portal.PublicActors;
import org.kuzet.portal.PublicIncidents;
import org.kuzet.web.DatesInWords;
import org.kuzet.portal.PublicListFilter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public portal's pages: home, the incident list with facets, an incident with the replies beside it. */
@Controller
class PortalController {

    static final int PAGE_SIZE = 20;

    private final PublicIncidents incidents;
    private final PublicActors actors;
    private final KnownFilterValues knownValues;

    private final MessageSource messages;
    private final HomeFigures home;
    private final PublicCases cases;
    private final PublishedCopies copies;
    private final ActiveFilters chips;

    PortalController(PublicIncidents incidents, PublicActors actors, KnownFilterValues knownValues,
            MessageSource messages, HomeFigures home, PublicCases cases, PublishedCopies copies, ActiveFilters chips) {
        this.chips = chips;
        this.incidents = incidents;
        this.copies = copies;
        this.cases = cases;
        this.home = home;
        this.actors = actors;
        this.knownValues = knownValues;
        this.messages = messages;
    }

    @GetMapping("/actors/{id}")
    String actor(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("actor", actors.profile(id, Languages.of(locale))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "portal/actor";
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        String lang = Languages.of(locale);
        model.addAttribute("latest", incidents.list(PublicListFilter.NONE, 0, 5, lang));
        model.addAttribute("groups", incidents.facets(PublicListFilter.NONE, lang).get("group"));
        model.addAttribute("coverage", home.coverage().orElse(null));
        model.addAttribute("today", HomeFigures.today().toString());
        model.addAttribute("updated", home.recentlyUpdated(5, lang));
        return "portal/home";
    }

    @GetMapping("/incidents")
    String list(PublicListFilter filter, @RequestParam(defaultValue = "0") int page,
            @RequestParam(name = "lang", required = false) String askedLang, Model model, Locale locale) {
        knownValues.require(filter, askedLang);
        String lang = Languages.of(locale);
        int safePage = Math.max(0, page);
        model.addAttribute("filter", filter);
        model.addAttribute("params", filter.asParams());
        model.addAttribute("query", filter.queryString());
        PublicIncidents.Page result = incidents.list(filter, safePage, PAGE_SIZE, lang);
        model.addAttribute("result", result);
        model.addAttribute("passages", incidents.passages(filter, result));
        Map<String, List<PublicIncidents.Facet>> facets = incidents.facets(filter, lang);
        model.addAttribute("facets", facets);
        model.addAttribute("chips", chips.of(filter, facets, locale, "/incidents"));
        model.addAttribute("embeds", EmbedSnippets.forList(filter, messages, locale));
        return "portal/incidents";
    }

    @GetMapping("/incidents/{id}")
    String incident(@PathVariable long id, Model model, Locale locale) {
        PublicIncidents.Detail detail = incidents.detail(id, Languages.of(locale))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("incident", detail);
        model.addAttribute("cite", Cites.incident(messages, locale, detail));
        // corrected since it was first published: said at the top, with the day
        model.addAttribute("updatedOn", incidents.updatedAt(id).map(at -> DatesInWords.of(at, locale)).orElse(null));
        model.addAttribute("cases", cases.ofIncident(id, locale));
        model.addAttribute("copies", copies.of(id));
        return "portal/incident";
    }
}
