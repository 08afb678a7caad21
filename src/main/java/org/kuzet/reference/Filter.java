package org.kuzet.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The where clause of a list query, built from the filters a caller gave; values are always bound parameters. */
public final class Filter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds a condition using named parameters ({@code :kind}) given as name, value pairs. */
    public Filter and(String condition, Object... namesAndValues) {
        conditions.add(condition.strip());
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions) + " ";
    }

    public Map<String, Object> params() {
        return params;
    }
}
