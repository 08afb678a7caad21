package org.kuzet.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that names its language twice (a form whose action keeps the page's {@code ?lang=} and which carries a
 * {@code lang} field of its own) is read with the first only: {@code @RequestParam String lang} would otherwise
 * join both into "kk,kk", a language nobody speaks.
 */
class OneLanguageParameter extends OncePerRequestFilter {

    private static final String LANG = "lang";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // only a query naming a language can make a second one; an upload's body is not read here
        String query = request.getQueryString();
        String type = request.getContentType();
        boolean maybeTwice = query != null && query.contains(LANG + "=")
                && (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/"));
        String[] values = maybeTwice ? request.getParameterValues(LANG) : null;
        chain.doFilter(values == null || values.length < 2 ? request : new FirstOnly(request, values[0]), response);
    }

    private static final class FirstOnly extends HttpServletRequestWrapper {

        private final String lang;

        FirstOnly(HttpServletRequest request, String lang) {
            super(request);
            this.lang = lang;
        }

        @Override
        public String[] getParameterValues(String name) {
            return LANG.equals(name) ? new String[] {lang} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new HashMap<>(super.getParameterMap());
            parameters.put(LANG, new String[] {lang});
            return parameters;
        }
    }
}
