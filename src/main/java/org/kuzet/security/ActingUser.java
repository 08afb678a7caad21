package org.kuzet.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, for the audit log: the signed-in account, or the operating-system user behind a command. */
public final class ActingUser {

    private ActingUser() {
    }

    public static String current() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken)) {
            return who.getName();
        }
        return "cli:" + System.getProperty("user.name", "unknown");
    }
}
