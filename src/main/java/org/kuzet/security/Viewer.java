package org.kuzet.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking: the public (no account) or a signed-in account with its role. Every reader decides what to show
 * through this one type and {@link Visibility}, so the API, pages, search, downloads and reports agree.
 *
 * @param username the account's name, null for the public
 * @param role the account's role, null for the public
 */
public record Viewer(String username, Role role) {

    public static final Viewer PUBLIC = new Viewer(null, null);

    public Viewer {
        if ((username == null) != (role == null)) {
            throw new IllegalArgumentException("a viewer has both a username and a role, or neither");
        }
    }

    /** The caller of this request or command (the public when no account is signed in). */
    public static Viewer current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Viewer of(Authentication auth) {
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return PUBLIC;
        }
        return roleOf(auth).map(role -> new Viewer(auth.getName(), role)).orElse(PUBLIC);
    }

    private static Optional<Role> roleOf(Authentication auth) {
        // the highest role held wins (an account has one; a test may grant several)
        for (Role role : Role.values()) {
            for (GrantedAuthority held : auth.getAuthorities()) {
                if (role.authority().equals(held.getAuthority())) {
                    return Optional.of(role);
                }
            }
        }
        return Optional.empty();
    }

    public boolean isPublic() {
        return role == null;
    }

    /** Any signed-in account, correspondents included. */
    public boolean isSignedIn() {
        return role != null;
    }

    public boolean isCorrespondent() {
        return role == Role.CORRESPONDENT;
    }

    /** Monitors, editors and admins: the people who see every record and its confidential material. */
    public boolean isMonitor() {
        return role == Role.MONITOR || role == Role.EDITOR || role == Role.ADMIN;
    }

    /** Editors and admins: publishing, rejecting and correcting. */
    public boolean mayPublish() {
        return role == Role.EDITOR || role == Role.ADMIN;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Whether this viewer wrote a record whose author is {@code author} (a username; null for none). */
    public boolean wrote(String author) {
        return username != null && username.equals(author);
    }

    /** Whether this viewer may see a field or record at this level, for a record written by {@code author}. */
    public boolean sees(Visibility.Level level, String author) {
        return switch (level) {
            case PUBLIC -> true;
            case AUTHOR -> isMonitor() || (isCorrespondent() && wrote(author));
            case MONITORS -> isMonitor();
            case ADMINS -> isAdmin();
        };
    }

    /** Whether this viewer may see a field of a record kind, for a record written by {@code author}. */
    public boolean sees(String kind, String field, String author) {
        return sees(Visibility.of(kind, field), author);
    }
}
