package org.kuzet.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Lets a refusal from method security ({@code @PreAuthorize} on a controller or service) reach Spring Security's
 * filters, which answer 401 or 403, instead of being caught by the catch-all handler and turned into a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessProblems {

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void passOn(RuntimeException e) {
        throw e;
    }
}
