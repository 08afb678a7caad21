package org.kuzet.portal.internal;

import java.util.Locale;
import java.util.Map;
import org.kuzet.core.Languages;
import org.kuzet.portal.PublicIncidents;
import org.kuzet.portal.PublicListFilter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Pages other sites may frame ({@code /embed/...}; the security headers let them, and only them, be framed): the
 * count of a filter of the public list, its latest incidents, and one of its charts, in the language of
 * {@code ?lang=}. Each says what it shows (the filter, "N of M") and links to the list it comes from; links open
 * outside the frame.
 */
@Controller
class EmbedPages {

    /** The charts that can be embedded: the chart's name in the address, its canvas and its title. */
    static final Map<String, String[]> CHARTS = Map.of(
            "months", new String[] {"monthly", "charts.byMonth"},
            "years", new String[] {"yearly", "charts.byYear"},
            "categories", new String[] {"categories", "charts.byCategory"},
            "perpetrators", new String[] {"perpetrators", "charts.byPerpetrator"});

    /** How many incidents the "latest" embed lists at most. */
    static final int MOST = 20;

    private final PublicIncidents incidents;
    private final FilteredFigures figures;
    private final KnownFilterValues knownValues;
    private final DownloadNote note;

    EmbedPages(PublicIncidents incidents, FilteredFigures figures, KnownFilterValues knownValues, DownloadNote note) {
        this.incidents = incidents;
        this.figures = figures;
        this.knownValues = knownValues;
        this.note = note;
    }

    @GetMapping("/embed/count")
    String count(PublicListFilter filter, @RequestParam(name = "lang", required = false) String askedLang,
            Model model, Locale locale) {
        describe(filter, askedLang, model, locale);
        return "portal/embed-count";
    }

    @GetMapping("/embed/latest")
    String latest(PublicListFilter filter, @RequestParam(name = "lang", required = false) String askedLang,
            @RequestParam(defaultValue = "5") int n, Model model, Locale locale) {
        describe(filter, askedLang, model, locale);
        model.addAttribute("items", incidents.list(filter, 0, Math.clamp(n, 1, MOST), Languages.of(locale)).items());
        return "portal/embed-latest";
    }

    @GetMapping("/embed/chart/{chart}")
    String chart(@PathVariable String chart, PublicListFilter filter,
            @RequestParam(name = "lang", required = false) String askedLang, Model model, Locale locale) {
        String[] shown = CHARTS.get(chart);
        if (shown == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        describe(filter, askedLang, model, locale);
        model.addAttribute("chart", chart);
        model.addAttribute("canvas", shown[0]);
        model.addAttribute("chartTitle", shown[1]);
        model.addAttribute("charts", figures.of(filter, Languages.of(locale)));
        return "portal/embed-chart";
    }

    /** What every embed says of itself: the filter and "N of M", and where the list it comes from is. */
    private void describe(PublicListFilter filter, String askedLang, Model model, Locale locale) {
        knownValues.require(filter, askedLang);
        String query = filter.queryString();
        DownloadNote.Note said = note.of(filter, locale);
        model.addAttribute("noteText", said.text());
        model.addAttribute("selected", said.selected());
        model.addAttribute("query", query);
        model.addAttribute("listUrl", EmbedSnippets.base() + "/incidents?" + (query.isEmpty() ? "" : query + "&")
                + "lang=" + Languages.of(locale));
    }
}
