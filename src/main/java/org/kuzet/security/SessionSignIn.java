package org.kuzet.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs in the person who has just chosen their password (the first admin on the setup page, an account's holder
 * through a one-time link), in a new session id, without asking for the password they typed a moment ago.
 */
@Component
class SessionSignIn {

    private final StaffAccounts accounts;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SessionSignIn(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    void signIn(String username, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        sessions.saveContext(context, request, response);
    }
}
