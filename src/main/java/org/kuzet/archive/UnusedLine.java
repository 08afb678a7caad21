package org.kuzet.archive;

/** A paragraph with a number the importer could not turn into a figure, and why. */
public record UnusedLine(int paragraph, String text, String reason, int start, int end) {
}
