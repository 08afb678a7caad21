package org.kuzet.security;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One token bucket per client address for one kind of request, kept in PostgreSQL ({@code security_take_token} in
 * R__security.sql) so that a client meets one budget however many instances it reaches.
 */
final class ClientBudgets {

    private final String kind;
    private final RateLimitProperties.Budget budget;
    private final JdbcClient jdbc;

    ClientBudgets(String kind, RateLimitProperties.Budget budget, JdbcClient jdbc) {
        this.kind = kind;
        this.budget = budget;
        this.jdbc = jdbc;
    }

    /** 0 when the client may go ahead (a token is taken), else the whole seconds until it may. */
    long take(String client) {
        return jdbc.sql("select security_take_token(?, ?, ?)")
                .params(kind + ":" + client, (double) budget.capacity(), (double) budget.perMinute())
                .query(Integer.class).single();
    }
}
