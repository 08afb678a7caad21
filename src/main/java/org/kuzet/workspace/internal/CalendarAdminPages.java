package org.kuzet.workspace.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.api.InvalidInput;
import org.kuzet.calendar.DayOff;
import org.kuzet.calendar.Holidays;
import org.kuzet.core.FieldProblem;
import org.kuzet.core.Today;
import org.kuzet.inquiry.DeadlineBasis;
import org.kuzet.inquiry.Inquiries;
import org.kuzet.security.Viewer;
import org.kuzet.web.FieldMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's pages of the rules the accountability clock keeps as data: the bases of deadlines (term,
 * extension, the source of the rule) and Kazakhstan's calendar of days off. A refused change is shown again with
 * each wrong field named in the reader's language, and nothing is written.
 */
@Controller
class CalendarAdminPages {

    private final Inquiries inquiries;
    private final Holidays holidays;
    private final FieldMessages messages;

    CalendarAdminPages(Inquiries inquiries, Holidays holidays, FieldMessages messages) {
        this.inquiries = inquiries;
        this.holidays = holidays;
        this.messages = messages;
    }

    @GetMapping("/staff/admin/deadlines")
    String bases(Model model) {
        return bases(model, null, Map.of());
    }

    private String bases(Model model, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("bases", inquiries.bases());
        model.addAttribute("kinds", org.kuzet.inquiry.Inquiry.KINDS);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "workspace/deadline-bases";
    }

    @PostMapping("/staff/admin/deadlines")
    String saveBasis(@RequestParam Map<String, String> p, Model model, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        DeadlineBasis basis = new DeadlineBasis(text(p, "code"), text(p, "inquiry_kind"),
                p.containsKey("is_default"), text(p, "day_kind"), number(p, "term_days", problems),
                number(p, "extension_days", problems), number(p, "extensions", problems), text(p, "label_en"),
                text(p, "label_ru"), text(p, "label_kk"), text(p, "source"), text(p, "source_checked"), 0, null, null);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            inquiries.saveBasis(basis, Viewer.current());
            return "redirect:/staff/admin/deadlines";
        } catch (InvalidInput e) {
            return bases(model, p, FormProblems.said(messages, e.problems(), locale));
        }
    }

    @GetMapping("/staff/admin/holidays")
    String holidays(@RequestParam(required = false) Integer year, Model model) {
        return holidays(year, model, Map.of(), Map.of());
    }

    private String holidays(Integer year, Model model, Map<String, String> values, Map<String, String> errors) {
        int shown = year == null || year < 2000 || year > 2100 ? LocalDate.now(Today.CLOCK).getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("days", holidays.between(LocalDate.of(shown, 1, 1), LocalDate.of(shown, 12, 31)));
        model.addAttribute("kinds", Holidays.KINDS);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "workspace/holidays";
    }

    @PostMapping("/staff/admin/holidays")
    String setDay(@RequestParam Map<String, String> p, Model model, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = day(p.get("day"), problems);
        if (day == null) {
            return holidays(null, model, p, FormProblems.said(messages, problems, locale));
        }
        problems.addAll(holidays.set(new DayOff(day, text(p, "kind"), text(p, "name_en"), text(p, "name_ru"),
                text(p, "name_kk")), Viewer.current().username()));
        if (!problems.isEmpty()) {
            return holidays(day.getYear(), model, p, FormProblems.said(messages, problems, locale));
        }
        return "redirect:/staff/admin/holidays?year=" + day.getYear();
    }

    @PostMapping("/staff/admin/holidays/remove")
    String removeDay(@RequestParam String day, Model model, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate parsed = day(day, problems);
        if (parsed == null) {
            return holidays(null, model, Map.of(), FormProblems.said(messages, problems, locale));
        }
        holidays.remove(parsed, Viewer.current().username());
        return "redirect:/staff/admin/holidays?year=" + parsed.getYear();
    }

    private static LocalDate day(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of("day", "problem.required"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of("day", "problem.day", text.strip()));
            return null;
        }
    }

    private static String text(Map<String, String> p, String field) {
        String value = p.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int number(Map<String, String> p, String field, List<FieldProblem> problems) {
        String value = text(p, field);
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "problem.wholeNumber", value));

            return 0;
        }
    }
}
