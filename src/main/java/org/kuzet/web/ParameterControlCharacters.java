package org.kuzet.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.core.ControlCharacters;
import org.kuzet.core.FieldProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Query parameters (filters, searches, ?lang=) are refused with 400, naming the parameter, when they hold a control
 * character ({@link ControlCharacters}), before anything reads them, sign-in included; the answer is the error page
 * or problem+json ({@link ErrorPages}). The fields of a form are checked by the rules that read them (the incident
 * rules, {@code JsonRecord}, the legal case reader), so that the form shows its message beside the field.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ParameterControlCharacters extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<FieldProblem> problems = ControlCharacters.inParameters(query(request.getQueryString()));
        if (problems.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ErrorPages.refuse(request, response, problems);
    }

    private static Map<String, String[]> query(String queryString) {
        Map<String, String[]> query = new LinkedHashMap<>();
        if (queryString != null) {
            UriComponentsBuilder.fromUriString("/?" + queryString).build().getQueryParams()
                    .forEach((name, values) -> query.put(decode(name),
                            values.stream().map(v -> v == null ? null : decode(v)).toArray(String[]::new)));
        }
        return query;
    }

    private static String decode(String text) {
        return UriUtils.decode(text, StandardCharsets.UTF_8);
    }
}
