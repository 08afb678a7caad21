package org.kuzet.security;

import java.util.Map;
import org.kuzet.core.RecordChanged;

/**
 * An account's second factor was set up ({@code user.two_factor_enrolled}), turned off by its holder, reset by an
 * administrator, given new recovery codes, or one of its recovery codes was used. Neither the secret nor any code is
 * ever part of what is recorded.
 */
public record TwoFactorChanged(String username, String verb, String actor) implements RecordChanged {

    @Override
    public String recordKind() {
        return "app_user";
    }

    @Override
    public String recordId() {
        return username;
    }

    @Override
    public String action() {
        return "user.two_factor_" + verb;
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return Map.of("two_factor", verb);
    }
}
