package org.kuzet.portal.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.kuzet.core.Languages;
import org.kuzet.inquiry.InquiryFigures;
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

    /** The table's columns after the body's name, each linked to the records behind its number. */
    static final List<String> COLUMNS = List.of("sent", "answered_on_time", "answered_late", "partial", "refused",
            "unanswered");

    /** A number of the table and the address of the records behind it (none for a zero). */
    record Cell(long count, String href) {
    }

    /** A body's line: its name, its numbers in the order of {@link #COLUMNS}, and its reply rate. */
    record Row(String name, List<Cell> cells, long replyPercent) {
    }

    @GetMapping("/inquiries")
    String table(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Locale locale, Model model) {
        Period period = Period.of(from, to);
        InquiryFigures figures = inquiries.figures(period.from(), period.to());
        String lang = Languages.of(locale);
        model.addAttribute("period", period);
        model.addAttribute("figures", figures);
        // the links are made here, once a line, not by the template a cell at a time: at a few hundred bodies
        // the page spent most of its time building them
        model.addAttribute("rows", figures.bodies().stream().map(b -> new Row(b.name(), cells(recordsLink(
                b.actor(), b.actor() == null ? b.name() : null, period, lang), counts(b)), b.replyPercent()))
                .toList());
        model.addAttribute("total", cells(recordsLink(null, null, period, lang), List.of(figures.sent(),
                figures.answeredOnTime(), figures.answeredLate(), figures.partial(), figures.refused(),
                figures.unanswered())));
        model.addAttribute("years", inquiries.years());
        model.addAttribute("columns", COLUMNS.subList(1, COLUMNS.size()));
        return "portal/inquiries";
    }

    private static List<Long> counts(InquiryFigures.Body b) {
        return List.of(b.sent(), b.answeredOnTime(), b.answeredLate(), b.partial(), b.refused(), b.unanswered());
    }

    /** The address of the records behind a line's numbers, without its column. */
    private static String recordsLink(Long addressee, String name, Period period, String lang) {
        StringBuilder link = new StringBuilder("/inquiries/records?");
        if (addressee != null) {
            link.append("addressee=").append(addressee).append('&');
        } else if (name != null) {
            link.append("name=").append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('&');
        }
        return link.append("from=").append(period.fromText()).append("&to=").append(period.toText())
                .append("&lang=").append(lang).toString();
    }

    private static List<Cell> cells(String link, List<Long> counts) {
        List<Cell> cells = new ArrayList<>(counts.size());
        for (int i = 0; i < counts.size(); i++) {
            long n = counts.get(i);
            // the number sent is always a link; the others only when there are records behind them
            cells.add(new Cell(n, n > 0 || i == 0 ? link + "&column=" + COLUMNS.get(i) : null));
        }
        return cells;
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
