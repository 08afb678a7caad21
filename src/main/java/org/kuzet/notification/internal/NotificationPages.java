package org.kuzet.notification.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.kuzet.core.Languages;
import org.kuzet.portal.PublicIncidents;
import org.kuzet.security.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff member's notifications: where mail goes, the saved filters with their digest and feed, what they watch
 * and what they heard of it. The buttons other pages show ("Save this filter", "Watch") post here.
 */
@Controller
class NotificationPages {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int NAME_MAX = 120;

    private final SavedFilters filters;
    private final Watches watches;
    private final FilterMatches matches;
    private final Mailer mailer;

    NotificationPages(SavedFilters filters, Watches watches, FilterMatches matches, Mailer mailer) {
        this.filters = filters;
        this.watches = watches;
        this.matches = matches;
        this.mailer = mailer;
    }

    /** A line of news with the page of its record. */
    record HeardLine(Watches.Heard heard, String path) {
    }

    static String recordPath(String kind, String id) {
        return switch (kind) {
            case "legal_case" -> "/staff/cases/";
            case WatchedChanges.INQUIRY -> "/staff/inquiries/";
            default -> "/staff/incidents/";
        } + id;
    }

    @GetMapping("/staff/notifications")
    String page(Model model) {
        String me = Viewer.current().username();
        model.addAttribute("mailEnabled", mailer.enabled());
        model.addAttribute("address", filters.addressOf(me).map(SavedFilters.Address::email).orElse(""));
        model.addAttribute("filters", filters.of(me));
        model.addAttribute("watched", watches.of(me));
        model.addAttribute("heard", watches.heardBy(me, 50).stream()
                .map(h -> new HeardLine(h, recordPath(h.recordKind(), h.recordId()))).toList());
        return "notification/page";
    }

    @PostMapping("/staff/notifications/address")
    String address(@RequestParam(required = false) String email, Locale locale, RedirectAttributes redirect) {
        if (email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
            redirect.addFlashAttribute("addressProblem", true);
            redirect.addFlashAttribute("typedAddress", email);
        } else {
            filters.setAddress(Viewer.current().username(), email, Languages.of(locale));
            redirect.addFlashAttribute("done", "notification.address.saved");
        }
        return "redirect:/staff/notifications";
    }

    @PostMapping("/staff/notifications/filters")
    String save(@RequestParam(required = false) String name, @RequestParam(required = false) String query,
                @RequestParam(required = false) String digest, Locale locale, RedirectAttributes redirect) {
        Frequency frequency = Frequency.of(digest).orElse(Frequency.NONE);
        String me = Viewer.current().username();
        String lang = Languages.of(locale);
        String q = query == null ? "" : query;
        String title = name == null || name.isBlank() ? q : name.strip();
        if (title.isBlank()) {
            title = "*";
        }
        title = title.length() > NAME_MAX ? title.substring(0, NAME_MAX) : title;
        filters.save(me, title, q, frequency, lang, matches.of(me, q, lang).stream()
                .map(PublicIncidents.Row::id).toList());
        redirect.addFlashAttribute("done", "notification.filter.saved");
        return "redirect:/staff/notifications";
    }

    @PostMapping("/staff/notifications/filters/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        if (!filters.delete(Viewer.current().username(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("done", "notification.filter.deleted");
        return "redirect:/staff/notifications";
    }

    /** The watch button of a record's page, fetched by the page (htmx), so that page needs to know nothing of it. */
    @GetMapping("/staff/notifications/watch")
    String button(@RequestParam String kind, @RequestParam String id, Model model) {
        requireKind(kind, id);
        model.addAttribute("kind", kind);
        model.addAttribute("id", id);
        model.addAttribute("watching", watches.watches(Viewer.current().username(), kind, id));
        // by fragment name: "button" alone would also select every <button> of the file (the save-filter form)
        return "notification/watch :: watchButton";
    }

    @PostMapping("/staff/notifications/watch")
    String watch(@RequestParam String kind, @RequestParam String id, @RequestParam boolean on,
                 @RequestParam(name = "lang", required = false) String lang) {
        requireKind(kind, id);
        watches.watch(Viewer.current().username(), kind, id, on);
        return "redirect:" + recordPath(kind, id) + (lang == null ? "" : "?lang=" + Languages.orEnglish(lang));
    }

    private static void requireKind(String kind, String id) {
        if (!Watches.KINDS.contains(kind) || !id.matches("[0-9]{1,18}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }
}
