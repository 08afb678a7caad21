package org.kuzet.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client (per IP address) request budgets: a bucket of {@code capacity} requests that refills at
 * {@code perMinute}. {@code login} covers sign-in and setup forms; {@code api} every call under /api/;
 * {@code publicForm} what anyone may send without an account (the incident report form, see {@link PublicFormLimit}).
 * Behind a reverse proxy set {@code server.forward-headers-strategy=native} so the client's own address is used.
 */
@ConfigurationProperties("kuzet.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue Budget login,
        @DefaultValue Budget api,
        @DefaultValue Budget publicForm) {

    public record Budget(@DefaultValue("30") long capacity, @DefaultValue("30") long perMinute) {
    }

    public RateLimitProperties {
        if (login == null) {
            login = new Budget(30, 30);
        }
        if (api == null) {
            api = new Budget(600, 600);
        }
        if (publicForm == null) {
            publicForm = new Budget(5, 1);
        }
    }
}
