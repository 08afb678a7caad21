package org.kuzet.context.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.calendar.PartialDate;
import org.kuzet.core.Texts;
import org.kuzet.place.Places;
import org.kuzet.reference.JsonRecord;
import org.kuzet.reference.References;

/**
 * A context event (a law, a draft order, a reading in parliament) as a client or a dataset file writes it.
 *
 * @param draft whether it waits for a monitor's review: a dataset file says so ({@code "state": "draft"}; without a
 *     state an event is published, as every file written before drafts existed means), the API does not (null:
 *     a new event is published, a changed one keeps its state)
 */
record ContextEventInput(String externalId, PartialDate date, String place, String kind, String title,
        String description, String url, String source, Long sourceId, Texts texts, Boolean draft) {

    ContextEventInput {
        // the title and description are the original; the texts hold their language and the translations
        texts = texts == null ? Texts.of(title, description) : texts.withOriginal(title, description);
    }

    static final List<String> KINDS = List.of("law", "draft_law", "draft_order", "regulation", "parliament_reading",
            "official_statement", "other");
    static final List<String> FIELDS = List.of("external_id", "date", "place", "kind", "title", "description",
            "url", "source", "language", "translations");
    /** A dataset file's fields: the API's and the state (a draft waiting for review, or published). */
    static final List<String> DATASET_FIELDS = java.util.stream.Stream.concat(FIELDS.stream(), java.util.stream.Stream.of("state"))
            .toList();
    static final List<String> STATES = List.of("draft", "published");

    /** The record as the API ({@code dataset} false) or a dataset file writes it. */
    static ContextEventInput read(JsonRecord r, References references, Places places, LocalDate today,
            boolean dataset) {
        String place = r.text("place", false);
        if (place != null && !places.exists(place)) {
            r.problem("place", "problem.notAPlaceCode", place);

        }
        String description = r.text("description", false);
        String title = r.text("title", true);
        String text = description == null ? "" : description;
        return new ContextEventInput(r.text("external_id", false), r.date("date", true, today), place,
                r.choice("kind", KINDS, true), title, text, r.url("url"), r.raw("source"),
                r.reference("source", "sources", references, false), r.texts(title, text),
                dataset ? "draft".equals(r.choice("state", STATES, false)) : null);
    }

    Map<String, Object> toRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("external_id", externalId);
        record.put("date", date.toString());
        record.put("place", place);
        record.put("kind", kind);
        record.put("title", title);
        record.put("description", description);
        record.put("url", url);
        record.put("source", source);
        record.put("language", texts.language());
        if (!texts.translations().isEmpty()) {
            record.put("translations", texts.translations());
        }
        // only a draft says so: a published event's record is what it was before drafts existed (same hash)
        if (Boolean.TRUE.equals(draft)) {
            record.put("state", "draft");
        }
        return record;
    }
}
