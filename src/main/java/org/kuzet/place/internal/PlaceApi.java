package org.kuzet.place.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.core.FieldProblem;
import org.kuzet.core.Languages;
import org.kuzet.place.Places;
import org.kuzet.reference.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The gazetteer, read-only: places by kind, within a region, or by any spelling of their names. */
@RestController
@RequestMapping("/api/v1/places")
class PlaceApi {

    static final List<String> KINDS = List.of("country", "region", "city_of_republican_significance", "city", "town",
            "village", "district");

    private final PlaceCatalog catalog;
    private final Places places;

    PlaceApi(PlaceCatalog catalog, Places places) {
        this.catalog = catalog;
        this.places = places;
    }

    @Operation(summary = "One place of the gazetteer by its code, named in the language asked")
    @GetMapping("/{code}")
    Place get(@PathVariable String code, @RequestParam(defaultValue = "en") String lang) {
        checkLanguage(lang);
        return catalog.find(code, lang).orElseThrow(() -> new NotFound("No place " + code + " in the gazetteer."));
    }

    @Operation(summary = "Find places by kind, region or name")
    @GetMapping
    Paging.Page<Place> list(@RequestParam(required = false) String kind,
            @RequestParam(required = false) String within, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "en") String lang, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        List<FieldProblem> problems = new ArrayList<>();
        Paging paging = Paging.of(page, size, problems);
        if (kind != null && !KINDS.contains(kind)) {
            problems.add(FieldProblem.of("kind", "problem.oneOf", String.join(", ", KINDS)));
        }
        if (within != null && !places.exists(within)) {
            problems.add(FieldProblem.of("within", "problem.notAPlaceCode", within));
        }
        if (!Languages.supported(lang)) {
            problems.add(Languages.notSpoken("lang", lang));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return catalog.list(kind, within == null ? null : places.within(within), blankToNull(q), lang, paging);
    }

    private static void checkLanguage(String lang) {
        if (!Languages.supported(lang)) {
            throw new InvalidInput(List.of(Languages.notSpoken("lang", lang)));

        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
