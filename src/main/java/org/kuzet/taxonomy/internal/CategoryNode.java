package org.kuzet.taxonomy.internal;

import java.util.List;
import java.util.Map;

/**
 * A group or a category of the tree, with its labels and cue words in English, Russian and Kazakh. A group lists
 * its categories; a category names its group.
 */
public record CategoryNode(String code, String kind, String group, boolean counted, int position,
        Map<String, String> labels, Map<String, List<String>> cues, Integer introducedIn, Integer retiredIn,
        List<CategoryNode> categories) {

    CategoryNode withCategories(List<CategoryNode> children) {
        return new CategoryNode(code, kind, group, counted, position, labels, cues, introducedIn, retiredIn,
                children);
    }
}
