package org.kuzet.context.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.calendar.PartialDate;
import org.kuzet.place.Places;
import org.kuzet.reference.JsonRecord;
import org.kuzet.reference.References;

/** A context event (a law, a draft order, a reading in parliament) as a client or a dataset file writes it. */
record ContextEventInput(String externalId, PartialDate date, String place, String kind, String title,
        String description, String url, String source, Long sourceId) {

    static final List<String> KINDS = List.of("law", "draft_law", "draft_order", "regulation", "parliament_reading",
            "official_statement", "other");
    static final List<String> FIELDS = List.of("external_id", "date", "place", "kind", "title", "description",
            "url", "source");

    static ContextEventInput read(JsonRecord r, References references, Places places, LocalDate today) {
        String place = r.text("place", false);
        if (place != null && !places.exists(place)) {
            r.problem("place", "problem.notAPlaceCode", place);

        }
        String description = r.text("description", false);
        return new ContextEventInput(r.text("external_id", false), r.date("date", true, today), place,
                r.choice("kind", KINDS, true), r.text("title", true), description == null ? "" : description,
                r.url("url"), r.raw("source"), r.reference("source", "sources", references, false));
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
        return record;
    }
}
