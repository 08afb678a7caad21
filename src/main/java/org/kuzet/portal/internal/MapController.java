package org.kuzet.portal.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.core.Languages;
import org.kuzet.portal.PublicIncidents;
import org.kuzet.portal.PublicListFilter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The map of the list's filter, drawn on the server as SVG (no tiles, no script): Kazakhstan's border, its towns
 * sized by the filtered count, the 20 regions' tile grid beside it, and the counts by place as a table.
 */
@Controller
class MapController {

    private final FilteredMap map;
    private final PublicFigures figures;
    private final PublicIncidents incidents;
    private final KnownFilterValues knownValues;
    private final MessageSource messages;
    private final ActiveFilters chips;

    MapController(FilteredMap map, PublicFigures figures, PublicIncidents incidents, KnownFilterValues knownValues,
            MessageSource messages, ActiveFilters chips) {
        this.chips = chips;
        this.map = map;
        this.figures = figures;
        this.incidents = incidents;
        this.knownValues = knownValues;
        this.messages = messages;
    }

    @GetMapping("/map")
    String map(PublicListFilter filter, @RequestParam(name = "lang", required = false) String askedLang, Model model,
            Locale locale) {
        knownValues.require(filter, askedLang);
        String lang = Languages.of(locale);
        FilteredMap.Drawing drawing = map.of(filter, lang);
        Map<String, List<PublicIncidents.Facet>> facets = incidents.facets(filter, lang);
        List<PublicFigures.Tile> tiles = PublicFigures.counted(figures.regions(lang), facets.get("region"));
        Map<String, String> tileLinks = new LinkedHashMap<>();
        tiles.forEach(t -> tileLinks.put(t.code(), "/map?" + filter.with("region", t.code()).queryString()));
        model.addAttribute("filter", filter);
        model.addAttribute("query", filter.queryString());
        model.addAttribute("map", drawing);
        model.addAttribute("tiles", tiles);
        model.addAttribute("tileLinks", tileLinks);
        model.addAttribute("maxTile", Math.max(1, tiles.stream().mapToLong(PublicFigures.Tile::count).max().orElse(0)));
        model.addAttribute("chips", chips.of(filter, withTowns(facets, drawing), locale, "/map"));
        return "portal/map";
    }

    /** The facets, with the towns of the table among the places, so that a town chosen on the map is named. */
    private static Map<String, List<PublicIncidents.Facet>> withTowns(Map<String, List<PublicIncidents.Facet>> facets,
            FilteredMap.Drawing drawing) {
        Map<String, List<PublicIncidents.Facet>> named = new LinkedHashMap<>(facets);
        List<PublicIncidents.Facet> places = new ArrayList<>(facets.get("region"));
        drawing.rows().stream().filter(r -> r.code() != null)
                .forEach(r -> places.add(new PublicIncidents.Facet(r.code(), r.name(), r.count())));
        drawing.dots().forEach(d -> places.add(new PublicIncidents.Facet(d.code(), d.name(), d.count())));
        named.put("region", places);
        return named;
    }
}
