package org.kuzet.triage;

/** A cue found in a text, at the index of its first word. */
record CueHit(Cue cue, int position) {
}
