package org.kuzet.report.internal;

/**
 * How a figure compares with the same period a year earlier, phrased by each language:
 * both zero: {@code NONE}; nothing a year before: {@code NEW}; within 5% either way: {@code UNCHANGED}; more:
 * {@code MORE} with the ratio to one decimal ("1.5 times more"); fewer by a ratio of 1.5 or more: {@code TIMES_FEWER}
 * ("2 times fewer"); fewer by less: {@code FEWER}; nothing now but something before: {@code GONE}.
 */
public record Change(Kind kind, double ratio) {

    public enum Kind { NONE, NEW, UNCHANGED, MORE, FEWER, TIMES_FEWER, GONE }

    /** A difference of at most this share of last year's figure reads as "almost unchanged". */
    static final double UNCHANGED_WITHIN = 0.05;
    /** From this ratio on, a fall is given as "N times fewer"; below it simply as "fewer". */
    static final double TIMES_FEWER_FROM = 1.5;

    public static Change of(long now, long before) {
        if (now == 0 && before == 0) {
            return new Change(Kind.NONE, 0);
        }
        if (before == 0) {
            return new Change(Kind.NEW, 0);
        }
        if (now == 0) {
            return new Change(Kind.GONE, 0);
        }
        if (Math.abs(now - before) <= UNCHANGED_WITHIN * before) {
            return new Change(Kind.UNCHANGED, 1);
        }
        if (now > before) {
            return new Change(Kind.MORE, round((double) now / before));
        }
        double ratio = round((double) before / now);
        return new Change(ratio >= TIMES_FEWER_FROM ? Kind.TIMES_FEWER : Kind.FEWER, ratio);
    }

    private static double round(double ratio) {
        return Math.round(ratio * 10) / 10.0;
    }
}
