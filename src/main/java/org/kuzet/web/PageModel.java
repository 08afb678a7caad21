package org.kuzet.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.kuzet.core.Languages;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's layout needs: the language, links to this page in the other languages, who is logged in. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return Languages.of(locale);
    }

    @ModelAttribute("langUrls")
    Map<String, String> langUrls() {
        Map<String, String> urls = new LinkedHashMap<>();
        for (String code : Languages.CODES) {
            urls.put(code, ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang", code)
                    .build().toUriString());
        }
        return urls;
    }

    @ModelAttribute("staffUser")
    String staffUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean staff = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        return staff ? auth.getName() : null;
    }
}
