package org.kuzet.incident;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kuzet.security.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling the API: a staff member (sees everything) or the public (sees published records only). */
final class Caller {

    private Caller() {
    }

    static Optional<StaffMember> staff() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Set<String> authorities = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        boolean isStaff = false;
        for (Role role : Role.values()) {
            isStaff |= authorities.contains(role.authority());
        }
        if (!isStaff) {
            return Optional.empty();
        }
        boolean editor = authorities.contains(Role.EDITOR.authority()) || authorities.contains(Role.ADMIN.authority());
        return Optional.of(new StaffMember(auth.getName(), editor));
    }

    /** The staff member; the security filter lets only staff reach writing endpoints, so this holds there. */
    static StaffMember requireStaff() {
        return staff().orElseThrow(() -> new org.kuzet.api.Forbidden("This operation needs a staff account."));
    }
}
