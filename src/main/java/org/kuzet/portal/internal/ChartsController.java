package org.kuzet.portal.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kuzet.archive.PublishedStatistics;
import org.kuzet.core.Languages;
import org.kuzet.portal.PublicIncidents;
import org.kuzet.portal.PublicListFilter;
import org.kuzet.web.CsvCells;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * Charts of exactly the incidents the list's filter selects; each with its figures as a table on the page, as CSV
 * and (drawn in the browser) as PNG. The figures come as JSON so the page carries no inline script.
 */
@Controller
class ChartsController {

    private static final List<String> GROUPS = List.of("rights_violations", "access_to_information", "legal_claims");
    static final List<String> CHARTS = List.of("months", "years", "categories", "regions", "perpetrators");

    private final PublicFigures figures;
    private final FilteredFigures filtered;
    private final PublishedStatistics published;
    private final KnownFilterValues knownValues;
    private final MessageSource messages;
    private final ActiveFilters chips;
    private final org.kuzet.report.RecordsStart recordsStart;

    ChartsController(PublicFigures figures, FilteredFigures filtered, PublishedStatistics published,
            KnownFilterValues knownValues, MessageSource messages, org.kuzet.report.RecordsStart recordsStart, ActiveFilters chips) {
        this.chips = chips;
        this.recordsStart = recordsStart;
        this.figures = figures;
        this.filtered = filtered;
        this.published = published;
        this.knownValues = knownValues;
        this.messages = messages;
    }

    @GetMapping("/charts")
    String charts(PublicListFilter filter, @RequestParam(name = "lang", required = false) String askedLang,
            Model model, Locale locale) {
        knownValues.require(filter, askedLang);
        String lang = Languages.of(locale);
        FilteredFigures.Charts charts = filtered.of(filter, lang);
        List<PublicFigures.Tile> tiles = PublicFigures.counted(figures.regions(lang), charts.regions());
        long max = tiles.stream().mapToLong(PublicFigures.Tile::count).max().orElse(0);
        model.addAttribute("filter", filter);
        model.addAttribute("query", filter.queryString());
        model.addAttribute("charts", charts);
        model.addAttribute("tiles", tiles);
        model.addAttribute("maxTile", Math.max(1, max));
        model.addAttribute("chips", chips.of(filter, Map.of("category", charts.categories(),
                "region", charts.regions()), locale, "/charts"));
        model.addAttribute("embeds", EmbedSnippets.forCharts(filter, messages, locale));
        return "portal/charts";
    }

    /**
     * The figures the charts are drawn from: the counts of the filter's incidents by month (and group), year,
     * category, region and perpetrator type, with the yearly totals the printed reports give for the years before
     * the records (unfiltered only: empty when a filter is set).
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ChartData")
    record ChartData(long total, List<FilteredFigures.Point> months, List<FilteredFigures.Series> monthlyGroups,
            List<FilteredFigures.Point> years,
            @io.swagger.v3.oas.annotations.media.Schema(description = "Incidents the printed reports counted, by "
                    + "year (\"2019\": 120), for the years before the records are complete")
            Map<Integer, Long> yearlyPublished,
            List<PublicIncidents.Facet> byCategory, List<PublicIncidents.Facet> byRegion,
            List<PublicIncidents.Facet> byPerpetrator) {
    }

    @Operation(summary = "The public charts' figures (incidents per month, category and region)")
    @GetMapping("/charts/data.json")
    @ResponseBody
    ChartData data(PublicListFilter filter, @RequestParam(name = "lang", required = false) String askedLang,
            Locale locale) {
        knownValues.require(filter, askedLang);
        String lang = Languages.of(locale);
        FilteredFigures.Charts charts = filtered.of(filter, lang);
        // the reports' printed totals reach back before the database; they are not filtered, so shown unfiltered only
        return new ChartData(charts.total(), charts.months(), charts.monthlyGroups(), charts.years(),
                filter.equals(PublicListFilter.NONE) ? publishedYearly() : Map.of(), charts.categories(),
                charts.regions(), labelled(charts.perpetrators(), "perpetrator.", locale));
    }

    /** One chart's figures as CSV: the period or value, its label and its count. */
    @GetMapping("/charts/{chart}.csv")
    void csv(@PathVariable String chart, PublicListFilter filter,
            @RequestParam(name = "lang", required = false) String askedLang, Locale locale,
            HttpServletResponse response) throws IOException {
        if (!CHARTS.contains(chart)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        knownValues.require(filter, askedLang);
        FilteredFigures.Charts charts = filtered.of(filter, Languages.of(locale));
        Writer writer = CsvCells.download(response, "kuzet-" + chart + ".csv");
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader("code", "label", "count", "partial").get()
                .print(writer)) {
            for (Object[] row : rows(chart, charts, locale)) {
                csv.printRecord(CsvCells.row(row));
            }
        }
    }

    private List<Object[]> rows(String chart, FilteredFigures.Charts charts, Locale locale) {
        List<Object[]> rows = new ArrayList<>();
        switch (chart) {
            case "months" -> charts.months().forEach(p -> rows.add(new Object[] {p.period(), p.period(), p.count(),
                p.partial()}));
            case "years" -> charts.years().forEach(p -> rows.add(new Object[] {p.period(), p.period(), p.count(),
                p.partial()}));
            case "categories" -> charts.categories().forEach(f -> rows.add(facetRow(f)));
            case "regions" -> charts.regions().forEach(f -> rows.add(facetRow(f)));
            default -> labelled(charts.perpetrators(), "perpetrator.", locale).forEach(f -> rows.add(facetRow(f)));
        }
        return rows;
    }

    private static Object[] facetRow(PublicIncidents.Facet f) {
        return new Object[] {f.code(), f.label(), f.count(), false};
    }

    private List<PublicIncidents.Facet> labelled(List<PublicIncidents.Facet> facets, String prefix, Locale locale) {
        return facets.stream().map(f -> new PublicIncidents.Facet(f.code(),
                messages.getMessage(prefix + f.code(), null, f.code(), locale), f.count())).toList();
    }

    /**
     * The yearly totals the monthly reports printed (imported from the archive), so the chart reaches back to the
     * years before the database: the sum of the three groups' published counts, by year.
     */
    Map<Integer, Long> publishedYearly() {
        Map<Integer, Long> years = new java.util.TreeMap<>();
        // when the records are complete from a month, the printed totals stand for the months before it only
        java.time.YearMonth recordsFrom = recordsStart.completeFrom().orElse(null);
        for (String group : GROUPS) {
            for (PublishedStatistics.MonthValue v : published.series(group)) {
                if (recordsFrom == null || v.month().isBefore(recordsFrom)) {
                    years.merge(v.month().getYear(), v.value(), Long::sum);
                }
            }
        }
        return years;
    }
}
