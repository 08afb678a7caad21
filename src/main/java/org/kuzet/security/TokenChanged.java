package org.kuzet.security;

import java.util.Map;
import org.kuzet.core.RecordChanged;

/** An API token was issued or revoked; its secret (and the secret's hash) are never part of what is recorded. */
public record TokenChanged(long id, String verb, String actor, Map<String, Object> before, Map<String, Object> after)
        implements RecordChanged {

    static TokenChanged created(long id, String owner, String name) {
        return new TokenChanged(id, "created", ActingUser.current(), null, Map.of("username", owner, "name", name));
    }

    static TokenChanged revoked(long id) {
        return new TokenChanged(id, "revoked", ActingUser.current(), Map.of("revoked", false), Map.of("revoked", true));
    }

    @Override
    public String recordKind() {
        return "api_token";
    }

    @Override
    public String recordId() {
        return Long.toString(id);
    }

    @Override
    public String action() {
        return "api_token." + verb;
    }
}
