package org.kuzet.triage.internal;

/** A text with the category a monitor gave it, and its language (en, ru or kk). */
public record LabeledItem(String text, String category, String lang) {
}
