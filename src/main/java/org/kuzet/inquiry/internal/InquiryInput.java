package org.kuzet.inquiry.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kuzet.actor.Actor;
import org.kuzet.inquiry.Inquiry;
import org.kuzet.inquiry.InquiryStatus;
import org.kuzet.reference.JsonRecord;
import org.kuzet.reference.References;
import tools.jackson.databind.JsonNode;

/**
 * An inquiry as a client or a dataset file writes it, read field by field with every problem named. References keep
 * the form they were written in (for the export); the ids are what they resolved to. A person (who asked, on whose
 * behalf) is an actor's id or external id, or else a name as written.
 */
record InquiryInput(String externalId, String kind, Person askedBy, Person onBehalfOf, String addressee,
        Long addresseeId, String addresseeName, boolean stateAddressee, String subject, LocalDate sentOn,
        String basis, LocalDate deadline, LocalDate extendedTo, List<String> incidents, List<Long> incidentIds,
        List<String> cases, List<Long> caseIds, Answer answer, boolean published) {

    /** Who asked, or on whose behalf: an actor (as written, and its id) or only a name. */
    record Person(String reference, Long id, String name) {
    }

    /** The answer, when there is one. */
    record Answer(LocalDate answeredOn, String outcome, String text) {
    }

    /** The actor types that are the state: requests to them are counted and proposed as refusals. */
    static final Set<String> STATE = Set.of("state_body", "official", "court", "law_enforcement");

    static final List<String> API_FIELDS = List.of("external_id", "kind", "asked_by", "on_behalf_of", "addressee",
            "addressee_name", "state_addressee", "subject", "sent_on", "basis", "deadline", "incidents", "cases");

    static final List<String> DATASET_FIELDS = List.of("external_id", "kind", "asked_by", "on_behalf_of",
            "addressee", "addressee_name", "state_addressee", "subject", "sent_on", "basis", "deadline",
            "extended_to", "answered_on", "outcome", "answer_text", "incidents", "cases", "published");

    /** What the reader needs besides the record: references, actors, bases, and the day in Almaty. */
    interface Context {
        References references();

        Optional<Actor> actor(long id);

        boolean basisExists(String code);

        LocalDate today();
    }

    static InquiryInput read(JsonRecord r, Context c, boolean dataset) {
        String kind = r.choice("kind", Inquiry.KINDS, true);
        Long addresseeId = r.reference("addressee", "actors", c.references(), false);
        Optional<Actor> addresseeActor = addresseeId == null ? Optional.empty() : c.actor(addresseeId);
        String addresseeName = r.text("addressee_name", false);
        if (addresseeName == null && !r.has("addressee")) {
            r.problem("addressee_name", "problem.addresseeName");
        }
        if (addresseeName == null) {
            addresseeName = addresseeActor.map(Actor::name).orElse(null);
        }
        boolean state = r.flag("state_addressee", addresseeActor.map(a -> a.actorType() == null
                || STATE.contains(a.actorType())).orElse(true));
        LocalDate sentOn = day(r, "sent_on", true, c.today());
        String basis = r.text("basis", false);
        if (basis != null && !c.basisExists(basis)) {
            r.problem("basis", "problem.unknownBasis", basis);
        }
        LocalDate deadline = day(r, "deadline", false, null);
        if (deadline != null && sentOn != null && deadline.isBefore(sentOn)) {
            r.problem("deadline", "problem.deadlineBeforeSent", deadline, sentOn);
        }
        LocalDate extendedTo = dataset ? day(r, "extended_to", false, null) : null;
        if (extendedTo != null && deadline != null && !extendedTo.isAfter(deadline)) {
            r.problem("extended_to", "problem.extendedNotAfterDeadline", deadline);
        }
        Answer answer = dataset ? datasetAnswer(r, sentOn, c.today()) : null;
        return new InquiryInput(r.text("external_id", false), kind, person(r, "asked_by", c),
                person(r, "on_behalf_of", c), r.raw("addressee"), addresseeId, addresseeName, state,
                r.text("subject", true), sentOn, basis, deadline, extendedTo,
                r.rawItems("incidents").stream().distinct().sorted().toList(),
                r.references("incidents", "incidents", c.references()),
                r.rawItems("cases").stream().distinct().sorted().toList(),
                r.references("cases", "legal_cases", c.references()), answer,
                dataset && r.flag("published", false));
    }

    /** The answer of a dataset record: none when neither answered_on nor outcome is given. */
    private static Answer datasetAnswer(JsonRecord r, LocalDate sentOn, LocalDate today) {
        if (!r.has("answered_on") && !r.has("outcome")) {
            if (r.has("answer_text")) {
                r.problem("answer_text", "problem.answerNeedsDayAndOutcome");
            }
            return null;
        }
        return answer(r, sentOn, today, "answer_text");
    }

    /** An answer: answered_on (not before sent_on, not in the future), outcome, and its text. */
    static Answer answer(JsonRecord r, LocalDate sentOn, LocalDate today, String textField) {
        LocalDate answeredOn = day(r, "answered_on", true, today);
        if (answeredOn != null && sentOn != null && answeredOn.isBefore(sentOn)) {
            r.problem("answered_on", "problem.answerBeforeRequest", answeredOn, sentOn);
        }
        String outcome = r.choice("outcome", InquiryStatus.OUTCOMES, true);
        return new Answer(answeredOn, outcome, r.text(textField, false));
    }

    /** A whole day written YYYY-MM-DD; not after {@code today} when given. */
    static LocalDate day(JsonRecord r, String field, boolean required, LocalDate today) {
        String text = r.text(field, required);
        if (text == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text);
            if (today != null && day.isAfter(today)) {
                r.problem(field, "problem.futureYear", text);
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            r.problem(field, "problem.day", text);
            return null;
        }
    }

    /** An actor's id or external id; a text naming no actor is kept as a name. */
    private static Person person(JsonRecord r, String field, Context c) {
        if (!r.has(field)) {
            return null;
        }
        JsonNode value = r.value(field);
        Optional<Long> id = c.references().find("actors", value);
        if (id.isPresent()) {
            return new Person(r.raw(field), id.get(), c.actor(id.get()).map(Actor::name).orElse(null));
        }
        if (value.isString() && !value.stringValue().isBlank()) {
            return new Person(null, null, value.stringValue().strip());
        }
        r.problem(field, "problem.noKnownActor", value);

        return null;
    }

    /** The record in the dataset format, references as written. */
    Map<String, Object> toRecord() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("external_id", externalId);
        m.put("kind", kind);
        m.put("asked_by", written(askedBy));
        m.put("on_behalf_of", written(onBehalfOf));
        m.put("addressee", addressee);
        m.put("addressee_name", addresseeName);
        m.put("state_addressee", stateAddressee);
        m.put("subject", subject);
        m.put("sent_on", sentOn.toString());
        m.put("basis", basis);
        m.put("deadline", deadline == null ? null : deadline.toString());
        m.put("extended_to", extendedTo == null ? null : extendedTo.toString());
        m.put("answered_on", answer == null ? null : answer.answeredOn().toString());
        m.put("outcome", answer == null ? null : answer.outcome());
        m.put("answer_text", answer == null ? null : answer.text());
        m.put("incidents", incidents);
        m.put("cases", cases);
        m.put("published", published);
        return m;
    }

    private static String written(Person p) {
        return p == null ? null : p.reference() != null ? p.reference() : p.name();
    }

    InquiryInput withDeadline(String basisCode, LocalDate computed) {
        return new InquiryInput(externalId, kind, askedBy, onBehalfOf, addressee, addresseeId, addresseeName,
                stateAddressee, subject, sentOn, basisCode, computed, extendedTo, incidents, incidentIds, cases,
                caseIds, answer, published);
    }
}
