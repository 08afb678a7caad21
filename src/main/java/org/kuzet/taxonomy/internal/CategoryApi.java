package org.kuzet.taxonomy.internal;

import io.swagger.v3.oas.annotations.Operation;
import org.kuzet.api.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The category tree, read-only (the taxonomy changes by migration, as a new version). */
@RestController
@RequestMapping("/api/v1/categories")
class CategoryApi {

    private final TaxonomyCatalog catalog;

    CategoryApi(TaxonomyCatalog catalog) {
        this.catalog = catalog;
    }

    @Operation(summary = "The category tree of violations, groups with their categories")
    @GetMapping
    CategoryTree tree() {
        return catalog.tree();
    }

    @Operation(summary = "One category or group by its code")
    @GetMapping("/{code}")
    CategoryNode get(@PathVariable String code) {
        return catalog.find(code).orElseThrow(() -> new NotFound("No category " + code + "."));
    }
}
