package org.kuzet.notification.internal;

import java.util.Locale;
import org.kuzet.security.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in person's latest security notices: the part of the dashboard that htmx fetches when it loads. */
@Controller
class SecurityNoticePages {

    private static final int SHOWN = 10;

    private final SecurityNotices notices;

    SecurityNoticePages(SecurityNotices notices) {
        this.notices = notices;
    }

    @GetMapping("/staff/security-notices")
    String notices(Model model, Locale locale) {
        model.addAttribute("notices", notices.of(Viewer.current().username(), SHOWN, locale));
        return "notification/security-notices :: notices";
    }
}
