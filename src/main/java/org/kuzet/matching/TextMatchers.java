package org.kuzet.matching;

import org.kuzet.matching.internal.MigratedRows;
import org.kuzet.place.Places;
import org.kuzet.taxonomy.Categories;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The place matcher and the cue book over the one copy of their data: the gazetteer (place, place_alias) and the
 * category tree (category, category_cue) as the migrations and the staff leave them in the database.
 */
public record TextMatchers(PlaceMatcher places, CueBook cues) {

    /** Read from a database through the place and taxonomy modules. */
    public static TextMatchers read(JdbcClient jdbc) {
        return new TextMatchers(new PlaceMatcher(new Places(jdbc).names()), CueBook.of(new Categories(jdbc).cues(), new Categories(jdbc).labels()));
    }

    /**
     * For code that reads text without Kuzet's database (commands, benchmarks, tests of pure text reading): the
     * rows the migrations hold, loaded once per process from a throw-away migrated database and shared.
     */
    public static TextMatchers standalone() {
        return MigratedRows.SHARED;
    }
}
