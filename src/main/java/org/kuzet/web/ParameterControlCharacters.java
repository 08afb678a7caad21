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
import org.kuzet.api.ControlCharacters;
import org.kuzet.api.FieldProblem;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Query and form parameters are refused (400, naming the parameter) when they hold a control character, before any
 * controller reads them: see {@link ControlCharacters}. The answer is the error page or problem+json
 * ({@link ErrorPages}). The fields of a multipart body are not read here, so that an upload is not parsed (and its
 * size limit met) before the controller that takes it.
 */
@Component
class ParameterControlCharacters extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<FieldProblem> problems = ControlCharacters.in(parameters(request));
        if (problems.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ErrorPages.refuse(request, response, problems);
    }

    private static Map<String, String[]> parameters(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            return request.getParameterMap();
        }
        Map<String, String[]> query = new LinkedHashMap<>();
        if (request.getQueryString() != null) {
            UriComponentsBuilder.fromUriString("/?" + request.getQueryString()).build().getQueryParams()
                    .forEach((name, values) -> query.put(decode(name),
                            values.stream().map(v -> v == null ? null : decode(v)).toArray(String[]::new)));
        }
        return query;
    }

    private static String decode(String text) {
        return UriUtils.decode(text, StandardCharsets.UTF_8);
    }
}
