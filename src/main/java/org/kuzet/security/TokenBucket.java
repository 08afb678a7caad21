package org.kuzet.security;

/** A classic token bucket: starts full, refills continuously, one token per request. */
final class TokenBucket {

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final long capacity;
    private final long perMinute;
    private double tokens;
    private long refilledAt;

    TokenBucket(long capacity, long perMinute, long nowNanos) {
        this.capacity = capacity;
        this.perMinute = perMinute;
        this.tokens = capacity;
        this.refilledAt = nowNanos;
    }

    /** @return 0 when the request may go ahead, else the whole seconds until a token will be there */
    synchronized long take(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        if (perMinute <= 0) {
            return 3600;
        }
        double missing = 1 - tokens;
        return Math.max(1, (long) Math.ceil(missing * 60 / perMinute));
    }

    synchronized boolean full(long nowNanos) {
        refill(nowNanos);
        return tokens >= capacity;
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - refilledAt;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + (double) elapsed * perMinute / NANOS_PER_MINUTE);
            refilledAt = nowNanos;
        }
    }
}
