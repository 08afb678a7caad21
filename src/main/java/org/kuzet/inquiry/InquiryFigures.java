package org.kuzet.inquiry;

import java.util.List;

/**
 * The figures of requests to state bodies over a period (docs/counting-rules.md): published requests sent in the
 * period, each in one column by where it stood on the period's last day (or today, if that is earlier). The columns
 * add up to {@code sent}.
 */
public record InquiryFigures(long sent, long answeredOnTime, long answeredLate, long partial, long refused,
        long unanswered, List<Body> bodies) {

    /**
     * One addressee's record; {@code overdue} is the part of {@code unanswered} past its deadline.
     *
     * @param actor the addressee's actor id, or null when it is known by name only
     */
    public record Body(Long actor, String name, long sent, long answeredOnTime, long answeredLate, long partial,
            long refused, long unanswered, long overdue) {

        /** Refusals and delays (late answers, and requests still unanswered past their deadline). */
        public long refusedOrDelayed() {
            return refused + answeredLate + overdue;
        }

        /** The share of requests answered in some way (on time, late or in part), in per cent, rounded down. */
        public long replyPercent() {
            return sent == 0 ? 0 : (answeredOnTime + answeredLate + partial) * 100 / sent;
        }
    }

    /** A year's reply rate: requests sent that year and how many got an answer, on time or not, whole or partial. */
    public record Year(int year, long sent, long replied, long onTime) {

        public long replyPercent() {
            return sent == 0 ? 0 : replied * 100 / sent;
        }

        public long onTimePercent() {
            return sent == 0 ? 0 : onTime * 100 / sent;
        }
    }

    /** The bodies with the most refusals and delays, most first; those with none are left out. */
    public List<Body> mostRefusedOrDelayed(int limit) {
        return bodies.stream().filter(b -> b.refusedOrDelayed() > 0)
                .sorted((a, b) -> a.refusedOrDelayed() != b.refusedOrDelayed()
                        ? Long.compare(b.refusedOrDelayed(), a.refusedOrDelayed()) : a.name().compareTo(b.name()))
                .limit(limit).toList();
    }
}
