package org.kuzet.inquiry;

import org.kuzet.core.RecordChanged;

/**
 * An inquiry was recorded, answered, extended, published, imported or had a refusal proposed for it. Before and
 * after are the record as the API shows it to the staff.
 *
 * @param verb {@code recorded}, {@code changed}, {@code answered}, {@code extended}, {@code published},
 *     {@code refusal_proposed}, {@code reply_recorded}
 */
public record InquiryChanged(long id, String verb, String actor, Object before, Object after) implements RecordChanged {

    @Override
    public String recordKind() {
        return "inquiry";
    }

    @Override
    public String recordId() {
        return Long.toString(id);
    }

    @Override
    public String action() {
        return "inquiry." + verb;
    }
}
