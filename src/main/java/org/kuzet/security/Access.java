package org.kuzet.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who may use a route: everyone (the public, no account), or staff accounts with one of the given roles.
 * The named levels are the ones routes use: {@link #PUBLIC}, {@link #STAFF} (any account), {@link #MONITORS}
 * (monitor, editor, admin: people who see confidential material), {@link #EDITORS} (publishing) and
 * {@link #ADMINS}.
 */
public record Access(boolean everyone, Set<Role> roles) {

    public static final Access PUBLIC = new Access(true, EnumSet.noneOf(Role.class));
    public static final Access STAFF = of(Role.ADMIN, Role.EDITOR, Role.MONITOR, Role.CORRESPONDENT);
    public static final Access MONITORS = of(Role.ADMIN, Role.EDITOR, Role.MONITOR);
    public static final Access EDITORS = of(Role.ADMIN, Role.EDITOR);
    public static final Access ADMINS = of(Role.ADMIN);

    public Access {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Access of(Role first, Role... more) {
        return new Access(false, EnumSet.of(first, more));
    }

    /** Whether this caller (null or anonymous for the public) may pass. */
    public boolean permits(Authentication caller) {
        if (everyone) {
            return true;
        }
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            return false;
        }
        Set<String> held = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return roles.stream().anyMatch(role -> held.contains(role.authority()));
    }

    /** Whether a caller holding this role (null: the public) may pass. */
    public boolean permits(Role role) {
        return everyone || (role != null && roles.contains(role));
    }

    @Override
    public String toString() {
        return everyone ? "public" : roles.stream().map(r -> r.name().toLowerCase(Locale.ROOT)).sorted()
                .collect(Collectors.joining("|"));
    }
}
