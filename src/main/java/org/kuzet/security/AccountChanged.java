package org.kuzet.security;

import java.util.Map;
import org.kuzet.core.RecordChanged;

/**
 * A staff account was made ({@code user.created}), given another role ({@code user.role_changed}), disabled or
 * enabled again, sent a one-time password link ({@code user.password_link_issued}), given a new password through
 * it ({@code user.password_reset}), or its second factor changed ({@code user.two_factor_*}). Neither a password, its hash nor a link's token is ever part of what is recorded.
 */
public record AccountChanged(String username, String verb, String actor, Map<String, Object> before,
                             Map<String, Object> after) implements RecordChanged {

    static AccountChanged created(String username, String displayName, String role, String actor) {
        return new AccountChanged(username, "created", actor, null,
                Map.of("username", username, "display_name", displayName, "role", role));
    }

    static AccountChanged roleChanged(String username, String from, String to, String actor) {
        return new AccountChanged(username, "role_changed", actor, Map.of("role", from), Map.of("role", to));
    }

    static AccountChanged enabled(String username, boolean enabled, String actor) {
        return new AccountChanged(username, enabled ? "enabled" : "disabled", actor, Map.of("enabled", !enabled),
                Map.of("enabled", enabled));
    }

    static AccountChanged passwordLinkIssued(String username, String expiresAt, String actor) {
        return new AccountChanged(username, "password_link_issued", actor, null, Map.of("expires_at", expiresAt));
    }

    /** The account's holder set the password through the link: they are the actor. */
    static AccountChanged passwordReset(String username) {
        return new AccountChanged(username, "password_reset", username, null, Map.of("through", "one-time link"));
    }

    /**
     * Its second factor was set up ({@code two_factor_enrolled}), turned off by its holder, reset by an
     * administrator, given new recovery codes, or one of those was used. Neither the key nor a code is recorded.
     */
    static AccountChanged twoFactor(String username, String verb, String actor) {
        return new AccountChanged(username, "two_factor_" + verb, actor, null, Map.of("two_factor", verb));
    }

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
        return "user." + verb;
    }
}
