package org.kuzet.taxonomy.internal;

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

    @GetMapping
    CategoryTree tree() {
        return catalog.tree();
    }

    @GetMapping("/{code}")
    CategoryNode get(@PathVariable String code) {
        return catalog.find(code).orElseThrow(() -> new NotFound("No category " + code + "."));
    }
}
