package org.kuzet.matching;

/** A cue found in a text, at the index of its first word. */
public record CueHit(Cue cue, int position) {
}
