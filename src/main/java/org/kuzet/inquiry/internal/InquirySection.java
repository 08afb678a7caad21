package org.kuzet.inquiry.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.actor.Actor;
import org.kuzet.actor.Actors;
import org.kuzet.incident.Incident;
import org.kuzet.incident.Incidents;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.reference.JsonRecord;
import org.kuzet.reference.RecordSection;
import org.kuzet.reference.References;
import org.springframework.stereotype.Component;

/**
 * The {@code inquiries} section of a dataset file: each request with its deadline, the answer when there is one,
 * and whether it is published. A missing deadline is computed from the basis, as through the API. Imported after
 * the legal cases and statements it may name, so its references point to records already there.
 */
@Component
class InquirySection extends RecordSection<InquiryInput> {

    private final InquiryStore store;
    private final InquiryDesk desk;
    private final Actors actors;
    private final Incidents incidents;
    private final LegalCases cases;

    InquirySection(InquiryStore store, InquiryDesk desk, Actors actors, Incidents incidents, LegalCases cases) {
        this.store = store;
        this.desk = desk;
        this.actors = actors;
        this.incidents = incidents;
        this.cases = cases;
    }

    @Override
    public String name() {
        return "inquiries";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Optional<Long> idByExternalId(String externalId) {
        return store.idByExternalId(externalId);
    }

    @Override
    public List<Map<String, Object>> exportRecords() {
        return store.all(InquiryDesk.today()).stream().map(this::exported).toList();
    }

    /** The record as an import would write it: references by external id, as the other sections write theirs. */
    private Map<String, Object> exported(org.kuzet.inquiry.Inquiry q) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("external_id", q.externalId());
        m.put("kind", q.kind());
        m.put("asked_by", person(q.askedBy(), q.askedByName()));
        m.put("on_behalf_of", person(q.onBehalfOf(), q.onBehalfOfName()));
        m.put("addressee", q.addressee() == null ? null : externalId(q.addressee()));
        m.put("addressee_name", q.addresseeName());
        m.put("state_addressee", q.stateAddressee());
        m.put("subject", q.subject());
        m.put("sent_on", q.sentOn().toString());
        m.put("basis", q.basis());
        m.put("deadline", q.deadline().toString());
        m.put("extended_to", q.extendedTo() == null ? null : q.extendedTo().toString());
        m.put("answered_on", q.answeredOn() == null ? null : q.answeredOn().toString());
        m.put("outcome", q.outcome());
        m.put("answer_text", q.answerText());
        m.put("incidents", q.incidents().stream().map(id -> incidents.find(id).map(Incident::externalId)
                .orElse(Long.toString(id))).sorted().toList());
        m.put("cases", q.cases().stream().map(id -> cases.find(id).map(c -> c.facts().externalId())
                .orElse(Long.toString(id))).sorted().toList());
        m.put("published", q.isPublished());
        return m;
    }

    private Object person(Long id, String name) {
        return id == null ? name : externalId(id);
    }

    private String externalId(long actor) {
        return actors.find(actor).map(Actor::externalId).orElse(Long.toString(actor));
    }

    @Override
    protected List<String> fields() {
        return InquiryInput.DATASET_FIELDS;
    }

    @Override
    protected InquiryInput read(JsonRecord record, References references) {
        InquiryInput input = InquiryInput.read(record, desk.context(references), true);
        return desk.withDeadline(input, record);
    }

    @Override
    protected String externalId(InquiryInput input) {
        return input.externalId();
    }

    @Override
    protected Map<String, Object> canonical(InquiryInput input) {
        return input.toRecord();
    }

    @Override
    protected Optional<String> storedHash(long id) {
        return store.datasetHash(id);
    }

    @Override
    protected long create(InquiryInput input, String datasetSha256) {
        return store.create(input, "import", datasetSha256);
    }

    @Override
    protected void update(long id, InquiryInput input, String datasetSha256) {
        store.update(id, input, datasetSha256);
    }

}
