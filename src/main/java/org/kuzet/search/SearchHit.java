package org.kuzet.search;

import java.time.LocalDate;

/**
 * One found record. The highlight is HTML: the passage that matched, escaped, with the matching words in
 * {@code <mark>}; taken from text the audience may read only.
 */
public record SearchHit(long id, String type, String title, String highlight, LocalDate date, double score) {
}
