package org.kuzet.portal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.core.FieldProblem;
import org.kuzet.reference.DateRange;
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
            List<FieldProblem> problems = new ArrayList<>();
            DateRange asked = DateRange.of(from, to, problems);
            boolean bad = !problems.isEmpty();
            LocalDate start = bad ? null : asked.from();
            LocalDate end = bad ? null : asked.to();
            if (start == null) {
                start = LocalDate.of(end != null ? end.getYear() : LocalDate.now(Today.CLOCK).getYear(), 1, 1);
            }
            if (end == null) {
                end = LocalDate.of(start.getYear(), 12, 31);
            }
            return new Period(start, end, start.toString(), end.toString(),
                    problems.stream().map(FieldProblem::field).toList());
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
