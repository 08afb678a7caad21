package org.kuzet.incident;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** One published version of an incident as it was then ({@code snapshot}), who recorded it, when and why. */
public record IncidentRevision(int revision, JsonNode snapshot, Instant recordedAt, String recordedBy, String note) {
}
