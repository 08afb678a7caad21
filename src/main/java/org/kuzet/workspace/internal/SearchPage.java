package org.kuzet.workspace.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.kuzet.search.Facet;
import org.kuzet.search.SearchHit;
import org.kuzet.search.SearchIndex;
import org.kuzet.search.SearchRequest;
import org.kuzet.search.SearchResults;
import org.kuzet.security.Viewer;
import org.kuzet.source.Sources;
import org.kuzet.triage.CandidateQueue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * One search box over every kind of record the signed-in person may read: incidents, legal cases, actors, the
 * archived text of sources and the articles triage read. Each hit opens where its reader works with it; the
 * counts by kind narrow the list. What a person may find is the search index's rule, never this page's.
 */
@Controller
class SearchPage {

    static final List<String> TYPES = List.of("incident", "legal_case", "actor", "source", "article");
    private static final int PAGE_SIZE = 20;

    /** A hit as the page shows it: where it opens ({@code null} when this reader has no page for it). */
    record Found(SearchHit hit, String href) {
    }

    private final SearchIndex index;
    private final Sources sources;
    private final CandidateQueue candidates;

    SearchPage(SearchIndex index, Sources sources, CandidateQueue candidates) {
        this.index = index;
        this.sources = sources;
        this.candidates = candidates;
    }

    @GetMapping("/staff/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Viewer viewer = Viewer.current();
        model.addAttribute("q", q.strip());
        model.addAttribute("type", TYPES.contains(type) ? type : "");
        model.addAttribute("types", TYPES);
        if (q.isBlank()) {
            return "workspace/search";
        }
        SearchRequest request = SearchRequest.of(q.strip(), viewer).page(Math.max(0, page), PAGE_SIZE);
        boolean oneKind = TYPES.contains(type);
        SearchResults shown = index.search(oneKind ? request.with(Facet.TYPE, type) : request);
        // the counts by kind are over every kind: with one kind chosen, they take a search of their own (one hit)
        SearchResults all = oneKind ? index.search(request.page(0, 1)) : shown;
        model.addAttribute("counts", all.facets().getOrDefault(Facet.TYPE.parameter(), Map.of()));
        model.addAttribute("total", shown.total());
        model.addAttribute("found", shown.hits().stream().map(h -> new Found(h, href(h, viewer))).toList());
        model.addAttribute("suggestions", shown.suggestions());
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("pages", (shown.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        // "&" and "=" in the words are encoded too, so that the pager's links keep them (the site adds the language)
        model.addAttribute("query", "q=" + UriUtils.encodeQueryParam(q.strip(), StandardCharsets.UTF_8) + "&type="
                + UriUtils.encodeQueryParam(type, StandardCharsets.UTF_8));
        return "workspace/search";
    }

    /** The desk opens the staff pages; a correspondent the public page of a case or an actor, and their own incidents. */
    private String href(SearchHit hit, Viewer viewer) {
        return switch (hit.type()) {
            case "incident" -> "/staff/incidents/" + hit.id();
            case "legal_case" -> (viewer.isMonitor() ? "/staff/cases/" : "/cases/") + hit.id();
            case "actor" -> (viewer.isMonitor() ? "/staff/actors/" : "/actors/") + hit.id();
            case "source" -> sources.find(hit.id(), viewer).flatMap(s -> s.incidents().stream().findFirst())
                    .map(i -> "/staff/incidents/" + i).orElse(null);
            case "article" -> viewer.isMonitor()
                    ? candidates.firstOfArticle(hit.id()).map(c -> "/staff/triage/" + c).orElse(null) : null;
            default -> null;
        };
    }
}
