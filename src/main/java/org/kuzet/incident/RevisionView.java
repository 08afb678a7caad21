package org.kuzet.incident;

import java.time.Instant;
import java.util.List;
import org.kuzet.security.Viewer;
import org.kuzet.security.Visibility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A published version as the API shows it: of its snapshot (kept whole) and of who recorded it, only what the viewer
 * sees by {@link Visibility} (kinds "revision", "incident" and "victim"). A field of an old snapshot that the table
 * does not name is left out, so nothing unknown is shown.
 */
public record RevisionView(int revision, Instant recordedAt, String recordedBy, String note, JsonNode snapshot) {

    static RevisionView of(IncidentRevision r, Viewer viewer, String author) {
        String recordedBy = viewer.sees("revision", "recorded_by", author) ? r.recordedBy() : null;
        return new RevisionView(r.revision(), r.recordedAt(), recordedBy, r.note(), seen(r.snapshot(), viewer, author));
    }

    private static JsonNode seen(JsonNode snapshot, Viewer viewer, String author) {
        JsonNode copy = snapshot.deepCopy();
        if (copy instanceof ObjectNode incident) {
            keepSeen(incident, IncidentView.KIND, viewer, author);
            if (incident.get("victims") instanceof ArrayNode victims) {
                victims.forEach(v -> {
                    if (v instanceof ObjectNode victim) {
                        keepSeen(victim, "victim", viewer, author);
                    }
                });
            }
        }
        return copy;
    }

    private static void keepSeen(ObjectNode record, String kind, Viewer viewer, String author) {
        for (String field : List.copyOf(record.propertyNames())) {
            if (!Visibility.covers(kind, field) || !viewer.sees(kind, field, author)) {
                record.remove(field);
            }
        }
    }
}
