package org.kuzet.inquiry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kuzet.core.Today;
import org.kuzet.inquiry.internal.InquiryCounts;
import org.kuzet.inquiry.internal.InquiryDesk;
import org.kuzet.inquiry.internal.InquiryReader;
import org.kuzet.reference.Paging;
import org.kuzet.security.Viewer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Inquiries as other features use them: the staff's pages record, answer, extend and publish them through the one
 * door; the report and the portal read their figures; the dashboard reads what falls due. Reads are by Almaty's day.
 */
@Component
public class Inquiries {

    private final InquiryDesk desk;
    private final InquiryReader reader;
    private final InquiryCounts counts;

    Inquiries(InquiryDesk desk, InquiryReader reader, InquiryCounts counts) {
        this.desk = desk;
        this.reader = reader;
        this.counts = counts;
    }

    /**
     * Records an inquiry by the API's rules (fields of {@code POST /api/v1/inquiries}); the deadline is computed
     * from the basis when not given.
     *
     * @throws org.kuzet.api.InvalidInput naming each wrong field; nothing is written then
     */
    public Inquiry record(JsonNode fields, Viewer by) {
        return desk.record(fields, by);
    }

    /** Records the answer (fields {@code answered_on}, {@code outcome}, {@code text}, {@code source}, {@code stance}). */
    public Inquiry answer(long id, JsonNode fields, Viewer by) {
        return desk.answer(id, fields, by);
    }

    public Inquiry extend(long id, Viewer by) {
        return desk.extend(id, by);
    }

    public Inquiry publish(long id, Viewer by) {
        return desk.publish(id, by);
    }

    /** The inquiry as this viewer may see it; empty when it does not exist for them. */
    public Optional<Inquiry> find(long id, Viewer viewer) {
        return reader.find(id, viewer);
    }

    /** The newest inquiries (two hundred), with one status on Almaty's day or any, as this viewer may see them. */
    public List<Inquiry> list(String status, Viewer viewer) {
        return reader.newest(status, viewer);
    }

    /** Inquiries about an incident, as this viewer may see them (right-of-reply requests among them). */
    public List<Inquiry> about(long incident, Viewer viewer) {
        return reader.about(incident, viewer);
    }

    /** Unanswered inquiries falling due in the coming seven days, soonest first; staff only (none for others). */
    public List<Inquiry> dueThisWeek(Viewer viewer) {
        LocalDate today = LocalDate.now(Today.CLOCK);
        return reader.dueBetween(today, today.plusDays(7), viewer);
    }

    /**
     * The published requests to the state behind one number of the public table (see
     * {@link InquiryFigures}): sent between two days, to one addressee (an actor id, else a name; both null for all),
     * in one column on the period's last day, fifty a page counted from 1: {@code sent}, {@code answered_on_time}, {@code answered_late},
     * {@code partial}, {@code refused}, {@code unanswered} or {@code overdue}.
     */
    public Paging.Page<Inquiry> behindFigure(Long addressee, String addresseeName, LocalDate from, LocalDate to,
            String column, int page) {
        return reader.behindFigure(addressee, addresseeName, from, to, COLUMNS.get(column), page);
    }

    /** The public table's columns and the statuses each holds (null: any). */
    public static final java.util.Map<String, List<String>> COLUMNS = columns();

    private static java.util.Map<String, List<String>> columns() {
        java.util.Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        m.put("sent", null);
        m.put("answered_on_time", List.of("answered"));
        m.put("answered_late", List.of("answered_late"));
        m.put("partial", List.of("partial"));
        m.put("refused", List.of("refused"));
        m.put("unanswered", List.of("awaiting", "due_soon", "overdue"));
        m.put("overdue", List.of("overdue"));
        return java.util.Collections.unmodifiableMap(m);
    }

    public InquiryFigures figures(LocalDate from, LocalDate to) {
        return counts.figures(from, to, LocalDate.now(Today.CLOCK));
    }

    public List<InquiryFigures.Year> years() {
        return counts.years(LocalDate.now(Today.CLOCK));
    }

    public List<DeadlineBasis> bases() {
        return reader.bases();
    }

    /** Writes a deadline basis (admins), or InvalidInput naming each wrong field. */
    public DeadlineBasis saveBasis(DeadlineBasis basis, Viewer by) {
        return desk.saveBasis(basis, by);
    }

}
