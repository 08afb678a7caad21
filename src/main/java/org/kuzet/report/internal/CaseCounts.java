package org.kuzet.report.internal;

import java.util.Map;

/**
 * New cases against journalists, media and citizens opened in a period, by kind: criminal (and of them those that
 * reached court by the end of the period), administrative, civil (and of them those on honour and dignity), with
 * the legal bases of each kind and the money claimed in them.
 */
public record CaseCounts(long criminal, long criminalInCourt, long administrative, long civil, long civilHonour,
        Map<String, Map<String, Long>> basesByKind, long claimedKzt) {

    public CaseCounts {
        basesByKind = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(basesByKind));
    }

    public long total() {
        return criminal + administrative + civil;
    }
}
