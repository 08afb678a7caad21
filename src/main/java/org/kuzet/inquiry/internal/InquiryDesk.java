package org.kuzet.inquiry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kuzet.actor.Actor;
import org.kuzet.actor.Actors;
import org.kuzet.api.Conflict;
import org.kuzet.api.Forbidden;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.core.Today;
import org.kuzet.incident.Incidents;
import org.kuzet.incident.WorkflowState;
import org.kuzet.inquiry.DeadlineBasis;
import org.kuzet.inquiry.DeadlineBasisChanged;
import org.kuzet.inquiry.Inquiry;
import org.kuzet.inquiry.InquiryChanged;
import org.kuzet.reference.ApiReferences;
import org.kuzet.reference.JsonRecord;
import org.kuzet.reference.References;
import org.kuzet.security.Viewer;
import org.kuzet.statement.Statements;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one door of inquiries: recording, answering, extending and publishing, each one transaction checked whole
 * before anything is written and announced as an {@link InquiryChanged}. Monitors and up keep inquiries; a
 * right-of-reply request about an incident in review is an editor's, and its answer becomes an official statement
 * beside the allegation.
 */
@Service
public class InquiryDesk {

    static final List<String> ANSWER_FIELDS = List.of("answered_on", "outcome", "text", "source", "stance");

    private final InquiryStore store;
    private final BasisStore bases;
    private final Deadlines deadlines;
    private final ApiReferences references;
    private final Actors actors;
    private final Incidents incidents;
    private final Statements statements;
    private final RefusalProposals refusals;
    private final ApplicationEventPublisher events;

    InquiryDesk(InquiryStore store, BasisStore bases, Deadlines deadlines, ApiReferences references, Actors actors,
            Incidents incidents, Statements statements, RefusalProposals refusals,
            ApplicationEventPublisher events) {
        this.store = store;
        this.bases = bases;
        this.deadlines = deadlines;
        this.references = references;
        this.actors = actors;
        this.incidents = incidents;
        this.statements = statements;
        this.refusals = refusals;
        this.events = events;
    }

    static LocalDate today() {
        return LocalDate.now(Today.CLOCK);
    }

    @Transactional
    public Inquiry record(JsonNode body, Viewer by) {
        monitor(by);
        JsonRecord record = new JsonRecord(body, InquiryInput.API_FIELDS);
        InquiryInput input = withDeadline(InquiryInput.read(record, context(references), false), record);
        if ("right_of_reply".equals(input.kind())) {
            checkReplyRequest(input, record, by);
        }
        record.throwIfInvalid();
        if (input.externalId() != null && store.idByExternalId(input.externalId()).isPresent()) {
            throw new Conflict("conflict.externalIdExists", "inquiry", input.externalId());
        }
        long id = store.create(input, by.username(), null);
        Inquiry stored = stored(id);
        events.publishEvent(new InquiryChanged(id, "recorded", by.username(), null, stored));
        return stored;
    }

    /** The basis's deadline when none was given: the named basis, else the kind's default. */
    InquiryInput withDeadline(InquiryInput input, JsonRecord record) {
        if (input.kind() == null || input.sentOn() == null) {
            return input;
        }
        Optional<DeadlineBasis> basis = input.basis() != null ? bases.find(input.basis())
                : bases.defaultFor(input.kind());
        if (input.deadline() != null) {
            return input.withDeadline(basis.map(DeadlineBasis::code).orElse(null), input.deadline());
        }
        if (basis.isEmpty()) {
            record.problem("deadline", "problem.deadlineRequired", input.kind());
            return input;
        }
        return input.withDeadline(basis.get().code(), deadlines.deadline(basis.get(), input.sentOn()));
    }

    /** A right of reply is asked by an editor, about one incident in review, of the body it concerns. */
    private void checkReplyRequest(InquiryInput input, JsonRecord record, Viewer by) {
        if (!by.mayPublish()) {
            throw new Forbidden("Only editors and admins ask a body for its reply before publishing.");
        }
        if (input.incidentIds().size() != 1) {
            record.problem("incidents", "problem.replyOneIncident");
            return;
        }
        long incident = input.incidentIds().getFirst();
        incidents.find(incident).filter(i -> i.state() != WorkflowState.IN_REVIEW).ifPresent(i ->
                record.problem("incidents", "problem.replyNotInReview", incident,
                        i.state().name().toLowerCase(java.util.Locale.ROOT)));

    }

    @Transactional
    public Inquiry answer(long id, JsonNode body, Viewer by) {
        monitor(by);
        Inquiry before = existing(id);
        if (before.answeredOn() != null) {
            throw new Conflict("conflict.inquiryAnswered", id, before.answeredOn());
        }
        JsonRecord record = new JsonRecord(body, ANSWER_FIELDS);
        InquiryInput.Answer answer = InquiryInput.answer(record, before.sentOn(), today(), "text");
        Long source = record.reference("source", "sources", references, false);
        String stance = record.choice("stance", List.of("rebuttal", "acknowledgement", "statement", "concern"),
                false);
        record.throwIfInvalid();
        store.answer(id, answer, source);
        if ("right_of_reply".equals(before.kind()) && !"refused".equals(answer.outcome())) {
            store.statement(id, statements.record(statementOf(before, answer, stance)));
        }
        Inquiry after = stored(id);
        events.publishEvent(new InquiryChanged(id, "answered", by.username(), before, after));
        refusals.proposeIfDue(after);
        return stored(id);
    }

    /** The reply as an official statement by the body, about the incident, in the statement module's fields. */
    private JsonNode statementOf(Inquiry inquiry, InquiryInput.Answer answer, String stance) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        if (inquiry.addressee() != null) {
            s.put("speaker", inquiry.addressee());
        }
        s.put("speaker_name", inquiry.addresseeName());
        s.put("date", answer.answeredOn().toString());
        s.put("stance", stance == null ? "statement" : stance);
        s.put("summary", answer.text() != null ? answer.text()
                : "Reply of " + answer.answeredOn() + " to the request for comment of " + inquiry.sentOn() + ".");
        if (answer.text() != null) {
            s.put("quote", answer.text());
        }
        s.putArray("incidents").addAll(inquiry.incidents().stream()
                .map(JsonNodeFactory.instance::numberNode).toList());
        return s;
    }

    /** Extends the term once, by the basis's extension, counted from the first deadline. */
    @Transactional
    public Inquiry extend(long id, Viewer by) {
        monitor(by);
        Inquiry before = existing(id);
        DeadlineBasis basis = before.basis() == null ? null : bases.find(before.basis()).orElse(null);
        if (before.answeredOn() != null) {
            throw new Conflict("conflict.inquiryAnsweredNoExtension", id);
        }
        if (before.extendedTo() != null || basis == null || basis.extensions() == 0 || basis.extensionDays() == 0) {
            throw before.extendedTo() != null ? new Conflict("conflict.inquiryExtended", id, before.extendedTo())
                    : new Conflict("conflict.inquiryNoExtension", id);
        }
        store.extend(id, deadlines.extended(basis, before.deadline()));
        Inquiry after = stored(id);
        events.publishEvent(new InquiryChanged(id, "extended", by.username(), before, after));
        return after;
    }

    @Transactional
    public Inquiry publish(long id, Viewer by) {
        if (!by.mayPublish()) {
            throw new Forbidden("Only editors and admins publish an inquiry.");
        }
        Inquiry before = existing(id);
        if (before.isPublished()) {
            return before;
        }
        store.publish(id, by.username());
        Inquiry after = stored(id);
        events.publishEvent(new InquiryChanged(id, "published", by.username(), before, after));
        return after;
    }

    /** The right-of-reply requests about an incident become public with it. */
    @Transactional
    public void incidentPublished(long incident, String by) {
        for (long id : store.publishRepliesOf(incident, by)) {
            events.publishEvent(new InquiryChanged(id, "published", by, null, stored(id)));
        }
    }

    /** Writes a deadline basis (an administrator's change), or names every field that is wrong. */
    @Transactional
    public DeadlineBasis saveBasis(DeadlineBasis basis, Viewer by) {
        if (!by.isAdmin()) {
            throw new Forbidden("Only admins change the bases of deadlines.");
        }
        BasisRules.check(basis);
        Optional<DeadlineBasis> before = bases.find(basis.code());
        bases.save(basis, by.username());
        DeadlineBasis after = bases.find(basis.code()).orElseThrow();
        events.publishEvent(new DeadlineBasisChanged(basis.code(), before.isEmpty() ? "recorded" : "changed",
                by.username(), before.orElse(null), after));
        return after;
    }

    private Inquiry existing(long id) {
        return store.find(id, today()).orElseThrow(() -> new NotFound("No inquiry " + id + "."));
    }

    private Inquiry stored(long id) {
        return store.find(id, today()).orElseThrow();
    }

    private static void monitor(Viewer by) {
        if (!by.isMonitor()) {
            throw new Forbidden("Only monitors, editors and admins keep inquiries.");
        }
    }

    InquiryInput.Context context(References refs) {
        return new InquiryInput.Context() {
            @Override
            public References references() {
                return refs;
            }

            @Override
            public Optional<Actor> actor(long id) {
                return actors.find(id);
            }

            @Override
            public boolean basisExists(String code) {
                return bases.find(code).isPresent();
            }

            @Override
            public LocalDate today() {
                return InquiryDesk.today();
            }
        };
    }
}
