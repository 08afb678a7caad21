package org.kuzet.incident;

import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A published version as the API shows it; for the public without confidential fields and without staff names. */
record RevisionView(int revision, Instant recordedAt, String recordedBy, String note, JsonNode snapshot) {

    static RevisionView of(IncidentRevision r, boolean staff) {
        if (staff) {
            return new RevisionView(r.revision(), r.recordedAt(), r.recordedBy(), r.note(), r.snapshot());
        }
        return new RevisionView(r.revision(), r.recordedAt(), null, r.note(), publicPart(r.snapshot()));
    }

    private static JsonNode publicPart(JsonNode snapshot) {
        JsonNode copy = snapshot.deepCopy();
        if (copy instanceof ObjectNode object) {
            object.remove("confidential_notes");
            object.remove("published_by");
            object.remove("rejection_reason");
            if (object.get("victims") instanceof ArrayNode victims) {
                victims.forEach(v -> {
                    if (v instanceof ObjectNode victim) {
                        victim.remove("contact");
                    }
                });
            }
        }
        return copy;
    }
}
