package org.kuzet.report.internal;

import java.util.Map;

/** Incidents whose primary category is in a group, and the "including" count of each category in it, in tree order. */
public record GroupCount(String group, long count, Map<String, Long> including) {

    public GroupCount {
        including = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(including));
    }
}
