package org.kuzet.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One token bucket per client address for one kind of request; full (idle) buckets are dropped when many pile up. */
final class ClientBudgets {

    private static final int MAX_CLIENTS = 50_000;

    private final RateLimitProperties.Budget budget;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    ClientBudgets(RateLimitProperties.Budget budget) {
        this.budget = budget;
    }

    long take(String client) {
        long now = System.nanoTime();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(bucket -> bucket.full(now));
        }
        return buckets.computeIfAbsent(client, c -> new TokenBucket(budget.capacity(), budget.perMinute(), now))
                .take(now);
    }
}
