package org.kuzet.matching;

import org.kuzet.place.Places;
import org.kuzet.taxonomy.Categories;
import org.springframework.stereotype.Component;

/**
 * The matchers over Kuzet's own database. The gazetteer changes only by migration, so its matcher is built once;
 * the staff may edit cue words, so the cue book is read again on each ask.
 */
@Component
public class TextMatching {

    private final Places places;
    private final Categories categories;
    private volatile PlaceMatcher placeMatcher;

    TextMatching(Places places, Categories categories) {
        this.places = places;
        this.categories = categories;
    }

    public PlaceMatcher places() {
        PlaceMatcher matcher = placeMatcher;
        if (matcher == null) {
            matcher = new PlaceMatcher(places.names());
            placeMatcher = matcher;
        }
        return matcher;
    }

    public CueBook cues() {
        return CueBook.of(categories.cues(), categories.labels());
    }

    public TextMatchers matchers() {
        return new TextMatchers(places(), cues());
    }
}
