package org.kuzet.triage;

/** A text with the category a monitor gave it, and its language (en, ru or kk). */
record LabeledItem(String text, String category, String lang) {
}
