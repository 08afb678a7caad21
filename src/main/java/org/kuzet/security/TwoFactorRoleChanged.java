package org.kuzet.security;

import java.util.Map;
import org.kuzet.core.RecordChanged;

/** An administrator required a second factor of a role's accounts, or stopped requiring it. */
public record TwoFactorRoleChanged(String role, boolean required, String actor) implements RecordChanged {

    @Override
    public String recordKind() {
        return "two_factor_role";
    }

    @Override
    public String recordId() {
        return role;
    }

    @Override
    public String action() {
        return "two_factor_role." + (required ? "required" : "not_required");
    }

    @Override
    public Object before() {
        return Map.of("required", !required);
    }

    @Override
    public Object after() {
        return Map.of("required", required);
    }
}
