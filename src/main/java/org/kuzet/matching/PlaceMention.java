package org.kuzet.matching;

/** A place named in a text: its gazetteer code and where the name stands, as written. */
public record PlaceMention(String code, String text, int start, int end) {
}
