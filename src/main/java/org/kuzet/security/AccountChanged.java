package org.kuzet.security;

import java.util.Map;
import org.kuzet.core.RecordChanged;

/** A staff account was made ({@code user.created}); the password's hash is never part of what is recorded. */
public record AccountChanged(String username, String verb, String actor, Map<String, Object> before,
                             Map<String, Object> after) implements RecordChanged {

    static AccountChanged created(String username, String displayName, String role, String actor) {
        return new AccountChanged(username, "created", actor, null,
                Map.of("username", username, "display_name", displayName, "role", role));
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
