package org.kuzet.inquiry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kuzet.incident.Incidents;
import org.kuzet.incident.WorkflowState;
import org.kuzet.inquiry.DeadlineBasis;
import org.kuzet.inquiry.Inquiry;
import org.kuzet.reference.Paging;
import org.kuzet.security.Viewer;
import org.kuzet.security.Visibility;
import org.kuzet.source.Sources;
import org.springframework.stereotype.Component;

/**
 * Inquiries as a viewer may see them: an unpublished one only by monitors and up ({@link Visibility}'s record level
 * of "inquiry"), each field by its row, the incidents it concerns and the answer's source only when the viewer sees
 * them.
 */
@Component
public class InquiryReader {

    private final InquiryStore store;
    private final BasisStore bases;
    private final Incidents incidents;
    private final Sources sources;

    InquiryReader(InquiryStore store, BasisStore bases, Incidents incidents, Sources sources) {
        this.store = store;
        this.bases = bases;
        this.incidents = incidents;
        this.sources = sources;
    }

    public Optional<Inquiry> find(long id, Viewer viewer) {
        return store.find(id, InquiryDesk.today()).filter(q -> seesRecord(q, viewer)).map(q -> shown(q, viewer));
    }

    public List<Inquiry> newest(String status, Viewer viewer) {
        List<String> statuses = status == null || status.isBlank() || !org.kuzet.inquiry.InquiryStatus.codes()
                .contains(status) ? null : List.of(status);
        return list(new InquiryStore.Filter(statuses, null, null, null, null, null, null, null, false, false),
                new Paging(1, Paging.MAX_SIZE), viewer).items();
    }

    public List<Inquiry> about(long incident, Viewer viewer) {
        return list(new InquiryStore.Filter(null, null, null, null, null, null, null, incident, false,
                false),
                new Paging(1, Paging.MAX_SIZE), viewer).items();
    }

    Paging.Page<Inquiry> list(InquiryStore.Filter filter, Paging paging, Viewer viewer) {
        InquiryStore.Filter seen = seesAll(viewer) ? filter : filter.onlyPublished();
        Paging.Page<Inquiry> page = store.list(seen, paging, InquiryDesk.today());
        return new Paging.Page<>(page.items().stream().map(q -> shown(q, viewer)).toList(), page.page(),
                page.size(), page.total());
    }

    /**
     * The published requests to the state behind one number of the public table: sent between two days, to one
     * addressee (an actor, or a name when there is none; both null for all), in one of the table's columns on the
     * period's last day.
     */
    public Paging.Page<Inquiry> behindFigure(Long addressee, String addresseeName, LocalDate from, LocalDate to,
            List<String> statuses, int page) {
        InquiryStore.Filter filter = new InquiryStore.Filter(statuses, to, addressee, addresseeName, from, to, null,
                null, true, true);
        return list(filter, new Paging(Math.max(1, page), 50), Viewer.PUBLIC);
    }

    public List<Inquiry> dueBetween(LocalDate from, LocalDate to, Viewer viewer) {
        if (!seesAll(viewer)) {
            return List.of();
        }
        return store.dueBetween(from, to, InquiryDesk.today()).stream().map(q -> shown(q, viewer)).toList();
    }

    public List<DeadlineBasis> bases() {
        return bases.all();
    }

    static boolean seesAll(Viewer viewer) {
        return viewer.sees(Visibility.ofRecord(Inquiry.KIND), null);
    }

    private static boolean seesRecord(Inquiry q, Viewer viewer) {
        return q.isPublished() || seesAll(viewer);
    }

    private Inquiry shown(Inquiry q, Viewer viewer) {
        List<Long> seenIncidents = seesAll(viewer) ? q.incidents() : q.incidents().stream()
                .filter(id -> incidents.find(id).filter(i -> i.state() == WorkflowState.PUBLISHED).isPresent())
                .toList();
        Long source = q.answerSource() != null && sources.visible(q.answerSource(), viewer) ? q.answerSource() : null;
        return q.shownTo(viewer, seenIncidents, source);
    }
}
