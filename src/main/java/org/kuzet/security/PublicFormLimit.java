package org.kuzet.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The per-address budget of the forms anyone may send without an account (the public incident report form): the
 * rate limit's token buckets ({@code kuzet.rate-limit.public-form}), asked by the form's controller so that a
 * refused sender gets a page in their own language rather than the filter's problem JSON.
 */
@Component
public class PublicFormLimit {

    private final ClientBudgets budgets;

    PublicFormLimit(RateLimitProperties properties, JdbcClient jdbc) {
        this.budgets = properties.enabled() ? new ClientBudgets("public-form", properties.publicForm(), jdbc) : null;
    }

    /** 0 when this address may send one more form now, else the whole seconds until it may; takes one if it may. */
    public long take(String address) {
        return budgets == null ? 0 : budgets.take(address);
    }
}
