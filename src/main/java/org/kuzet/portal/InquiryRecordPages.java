package org.kuzet.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.calendar.PartialDate;
import org.kuzet.core.Today;
import org.kuzet.inquiry.Inquiries;
import org.kuzet.inquiry.Inquiry;
import org.kuzet.security.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public record of requests to state bodies: a table per body over any period (each number links to the
 * published requests behind it), the yearly reply rates, and, beside an incident, whether the body concerned was
 * asked for its reply and what came of it. Only published requests are shown or counted.
 */
@Controller
class InquiryRecordPages {

    private final Inquiries inquiries;

    InquiryRecordPages(Inquiries inquiries) {
        this.inquiries = inquiries;
    }

    /** The period asked for, as a month, a year or a day, each end open; a bad one is named and the year shown. */
    record Period(LocalDate from, LocalDate to, String fromText, String toText, List<String> problems) {

        static Period of(String from, String to) {
            LocalDate today = LocalDate.now(Today.CLOCK);
            List<String> problems = new ArrayList<>();
            LocalDate start = bound(from, true, problems);
            LocalDate end = bound(to, false, problems);
            if (start == null) {
                start = LocalDate.of(end != null ? end.getYear() : today.getYear(), 1, 1);
            }
            if (end == null) {
                end = LocalDate.of(start.getYear(), 12, 31);
            }
            if (end.isBefore(start)) {
                problems.add("to");
                end = LocalDate.of(start.getYear(), 12, 31);
            }
            return new Period(start, end, start.toString(), end.toString(), problems);
        }

        private static LocalDate bound(String text, boolean start, List<String> problems) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                PartialDate date = PartialDate.parse(text.strip());
                return start ? date.start() : date.end();
            } catch (IllegalArgumentException e) {
                problems.add(start ? "from" : "to");
                return null;
            }
        }
    }

    @GetMapping("/inquiries")
    String table(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Model model) {
        Period period = Period.of(from, to);
        model.addAttribute("period", period);
        model.addAttribute("figures", inquiries.figures(period.from(), period.to()));
        model.addAttribute("years", inquiries.years());
        model.addAttribute("columns", List.of("answered_on_time", "answered_late", "partial", "refused",
                "unanswered"));
        return "portal/inquiries";
    }

    /** The published requests behind one number of the table. */
    @GetMapping("/inquiries/records")
    String records(@RequestParam(required = false) Long addressee, @RequestParam(required = false) String name,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "sent") String column, @RequestParam(defaultValue = "1") int page,
            Model model) {
        Period period = Period.of(from, to);
        String shown = Inquiries.COLUMNS.containsKey(column) ? column : "sent";
        model.addAttribute("period", period);
        model.addAttribute("column", shown);
        model.addAttribute("name", addressee == null ? name : null);
        model.addAttribute("addressee", addressee);
        model.addAttribute("records", inquiries.behindFigure(addressee, addressee == null ? blank(name) : null,
                period.from(), period.to(), shown, Math.max(1, page)));
        return "portal/inquiry-records";
    }

    /** Beside an incident: the requests about it, right of reply first, with "no reply by" when none came. */
    @GetMapping("/inquiries/about/{incident}")
    String about(@PathVariable long incident, Model model) {
        List<Inquiry> about = inquiries.about(incident, Viewer.current());
        model.addAttribute("about", about);
        return "portal/inquiry-about :: about";
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
