package org.kuzet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose declared body is larger than {@code kuzet.max-request-size} (413) before anything reads
 * it, so that one oversized request cannot fill the memory. Bodies sent without a length are bounded where they are
 * read (uploads read at most the upload limit).
 */
final class RequestSizeFilter extends OncePerRequestFilter {

    private final long maxBytes;

    RequestSizeFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            Problems.write(response, 413, "Request too large",
                    "The request body is larger than the limit of " + maxBytes + " bytes.");
            return;
        }
        chain.doFilter(request, response);
    }
}
