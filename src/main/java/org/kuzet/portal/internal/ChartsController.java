package org.kuzet.portal.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.archive.PublishedStatistics;
import org.kuzet.core.Languages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Charts of published incidents; the figures come as JSON so the page carries no inline script. */
@Controller
class ChartsController {

    private static final List<String> GROUPS = List.of("rights_violations", "access_to_information", "legal_claims");

    private final PublicFigures figures;
    private final PublishedStatistics published;

    ChartsController(PublicFigures figures, PublishedStatistics published) {
        this.figures = figures;
        this.published = published;
    }

    @GetMapping("/charts")
    String charts(Model model, Locale locale) {
        String lang = Languages.of(locale);
        List<PublicFigures.Tile> tiles = figures.regions(lang);
        long max = tiles.stream().mapToLong(PublicFigures.Tile::count).max().orElse(0);
        model.addAttribute("tiles", tiles);
        model.addAttribute("maxTile", Math.max(1, max));
        model.addAttribute("categories", figures.byCategory(lang));
        return "portal/charts";
    }

    @Operation(summary = "The public charts' figures (incidents per month, category and region)")
    @GetMapping("/charts/data.json")
    @ResponseBody
    Map<String, Object> data(Locale locale) {
        String lang = Languages.of(locale);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("monthly", figures.monthlyByGroup(PublicFigures.thisMonth(), 24, lang));
        data.put("yearly", figures.yearly());
        data.put("yearly_published", publishedYearly());
        data.put("by_category", figures.byCategory(lang));
        return data;
    }

    /**
     * The yearly totals the monthly reports printed (imported from the archive), so the chart reaches back to the
     * years before the database: the sum of the three groups' published counts, by year.
     */
    Map<Integer, Long> publishedYearly() {
        Map<Integer, Long> years = new java.util.TreeMap<>();
        for (String group : GROUPS) {
            for (PublishedStatistics.MonthValue v : published.series(group)) {
                years.merge(v.month().getYear(), v.value(), Long::sum);
            }
        }
        return years;
    }
}
