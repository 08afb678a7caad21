package org.kuzet.report.internal;

import java.time.YearMonth;
import java.util.Map;

/**
 * Where a report's figures come from when the records are complete only from a month: each block of the report
 * (its key as the report's headings name them: {@code figures}, {@code court}, {@code new_cases},
 * {@code year_to_date}, {@code comparison}, {@code art158}) that reaches before that month, and whether it lies
 * wholly before it (all from published reports) or across it (published reports, then the records).
 */
public record History(YearMonth recordsFrom, Map<String, Boolean> whollyPublished) {

    /** The records throughout: nothing from published reports. */
    public static final History RECORDS = new History(null, Map.of());

    public History {
        whollyPublished = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(whollyPublished));
    }

    /** Whether the block's figures (or some of them) come from published reports. */
    public boolean published(String block) {
        return whollyPublished.containsKey(block);
    }

    public boolean wholly(String block) {
        return Boolean.TRUE.equals(whollyPublished.get(block));
    }
}
