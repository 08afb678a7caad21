package org.kuzet.archive;

/**
 * A figure over several years ("since 2019 over 300 incidents", "three court cases and two convictions"), kept
 * with its wording because such figures have no month and no single category.
 *
 * @param qualifier "over", "about", "more than", or empty when the figure is exact
 * @param sinceYear the year the period starts, when the text says so, or null
 * @param year the single year a table cell refers to ("1 (in 2022)"), or null
 * @param what the words that follow the number ("court cases")
 * @param wording the sentence or table row it was read from
 */
public record Indicator(long value, String qualifier, Integer sinceYear, Integer year, String what, String wording,
                        int start, int end) {
}
