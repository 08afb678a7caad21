package org.kuzet.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.kuzet.core.Languages;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Keeps the language a page was opened in ({@code ?lang=kk}) in every internal link, form and redirect it leads to,
 * so a tab stays in its language whatever another tab chose (the cookie is shared by all tabs; the address is not).
 * Spring MVC asks this for every {@code th:href}, {@code th:src} and {@code th:action} and for every
 * {@code redirect:}; it wraps Spring Security's processor, which adds the CSRF field. A link that names a language
 * already (the language switcher) keeps it; static files and other sites are left alone. A GET form gets a hidden
 * {@code lang} field, as a browser drops the query of a GET form's action.
 */
final class LanguageInLinks implements RequestDataValueProcessor {

    static final String BEAN = "requestDataValueProcessor";

    private static final String GET_FORM = LanguageInLinks.class.getName() + ".getForm";
    private static final Pattern HAS_LANG = Pattern.compile("[?&]lang=");

    private final RequestDataValueProcessor delegate;

    LanguageInLinks(RequestDataValueProcessor delegate) {
        this.delegate = delegate;
    }

    @Override
    public String processAction(HttpServletRequest request, String action, String httpMethod) {
        String processed = delegate.processAction(request, action, httpMethod);
        if (httpMethod == null || "get".equalsIgnoreCase(httpMethod)) {
            request.setAttribute(GET_FORM, Boolean.TRUE);
            return processed;
        }
        request.removeAttribute(GET_FORM);
        return withLanguage(request, processed);
    }

    @Override
    public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
        return delegate.processFormFieldValue(request, name, value, type);
    }

    @Override
    public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
        Map<String, String> fields = delegate.getExtraHiddenFields(request);
        boolean getForm = Boolean.TRUE.equals(request.getAttribute(GET_FORM));
        request.removeAttribute(GET_FORM);
        String lang = requested(request);
        if (!getForm || lang == null) {
            return fields;
        }
        Map<String, String> withLang = new LinkedHashMap<>(fields == null ? Map.of() : fields);
        withLang.putIfAbsent("lang", lang);
        return withLang;
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
        return withLanguage(request, delegate.processUrl(request, url));
    }

    /** The address with the page's {@code lang} added, where it is an internal page that names no language. */
    static String withLanguage(HttpServletRequest request, String url) {
        String lang = requested(request);
        if (lang == null || !internalPage(url)) {
            return url;
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        if (HAS_LANG.matcher(path).find()) {
            return url;
        }
        return path + (path.contains("?") ? "&" : "?") + "lang=" + lang + fragment;
    }

    private static boolean internalPage(String url) {
        return url != null && url.startsWith("/") && !url.startsWith("//") && !url.contains("/assets/")
                && !url.contains("/webjars/") && !url.startsWith("/favicon");
    }

    /** The language the address of this request names, if it is one Kuzet speaks. */
    private static String requested(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        return lang != null && Languages.supported(lang) ? lang : null;
    }
}
