package org.kuzet.taxonomy.internal;

import java.util.List;

/** The whole tree of one taxonomy version: the counted groups, and categories in no group (context). */
public record CategoryTree(int taxonomyVersion, String description, List<CategoryNode> groups,
        List<CategoryNode> ungrouped) {
}
