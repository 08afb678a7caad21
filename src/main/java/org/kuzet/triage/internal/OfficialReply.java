package org.kuzet.triage.internal;

import java.util.List;

/**
 * An article that is a state body's reply to allegations: who speaks (the first official or state body named),
 * the categories of the allegations it concerns, how sure the detector is, and why.
 */
public record OfficialReply(String speaker, List<String> concerns, double score, List<String> why) {
}
