package org.kuzet.archive;

/**
 * One figure a report states, with where it was found.
 *
 * @param key where it goes in the output: {@code counts.<code>}, {@code judicial_acts}, {@code in_favor_of_media},
 *     {@code damages_claimed_kzt}, {@code damages_collected_kzt}, {@code new_cases.<kind>}, {@code ytd.<kind>},
 *     {@code previous_year.<kind>}
 * @param start offset of the number in the report text
 * @param end offset just after the number
 * @param wording the sentence it was read from
 */
public record Figure(String key, long value, int start, int end, String wording) {

    /** The part of the key before the dot: counts, new_cases, ytd, previous_year, or the key itself. */
    public String family() {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /** The part after the dot: a category code or a kind of case; empty for single figures. */
    public String code() {
        int dot = key.indexOf('.');
        return dot < 0 ? "" : key.substring(dot + 1);
    }

    Figure withValue(long corrected) {
        return new Figure(key, corrected, start, end, wording);
    }
}
