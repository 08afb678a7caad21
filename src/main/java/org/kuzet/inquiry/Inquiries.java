package org.kuzet.inquiry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kuzet.core.Today;
import org.kuzet.inquiry.internal.InquiryCounts;
import org.kuzet.inquiry.internal.InquiryDesk;
import org.kuzet.inquiry.internal.InquiryReader;
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

    /** Inquiries about an incident, as this viewer may see them (right-of-reply requests among them). */
    public List<Inquiry> about(long incident, Viewer viewer) {
        return reader.about(incident, viewer);
    }

    /** Unanswered inquiries falling due in the coming seven days, soonest first; staff only (none for others). */
    public List<Inquiry> dueThisWeek(Viewer viewer) {
        LocalDate today = LocalDate.now(Today.CLOCK);
        return reader.dueBetween(today, today.plusDays(7), viewer);
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
