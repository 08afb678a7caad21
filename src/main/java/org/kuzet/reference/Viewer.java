package org.kuzet.reference;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is reading. The public (no account) sees published records only and nothing confidential; staff see
 * unpublished records; only admins, editors and monitors see confidential fields (a correspondent does not see who
 * the other correspondents are).
 */
public record Viewer(boolean staff, boolean seesConfidential) {

    public static final Viewer PUBLIC = new Viewer(false, false);

    private static final Set<String> CONFIDANTS = Set.of("ROLE_ADMIN", "ROLE_EDITOR", "ROLE_MONITOR");
    private static final Set<String> STAFF = Set.of("ROLE_ADMIN", "ROLE_EDITOR", "ROLE_MONITOR", "ROLE_CORRESPONDENT");

    public static Viewer of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return PUBLIC;
        }
        boolean staff = false;
        boolean confidant = false;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            staff |= STAFF.contains(authority.getAuthority());
            confidant |= CONFIDANTS.contains(authority.getAuthority());
        }
        return new Viewer(staff, confidant);
    }
}
