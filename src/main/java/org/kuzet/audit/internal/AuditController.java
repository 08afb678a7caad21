package org.kuzet.audit.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.api.InvalidInput;
import org.kuzet.audit.AuditLog;
import org.kuzet.core.FieldProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** An entity's history for its page in the staff workspace (monitors, editors, admins; see KuzetRouteRules). */
@RestController
class AuditController {

    private final AuditLog audit;
    private final ObjectMapper json;

    AuditController(AuditLog audit, ObjectMapper json) {
        this.audit = audit;
        this.json = json;
    }

    /** The schema of a record's state before or after a change, as the OpenAPI description names it. */
    static final String STATE = "AuditedRecord";

    /**
     * One change: when, who, what ({@code incident.published}), to which record, the record before and after, and the
     * entry's place in the hash chain.
     */
    @Schema(name = "AuditChange")
    record Change(@Schema(description = "The entry's place in the chain, from 1") long seq,
                  java.time.Instant recordedAt,
                  @Schema(description = "An account's username, import, or cli:<user> for a command") String actor,
                  @Schema(description = "<kind>.<verb>", example = "incident.published") String action,
                  @Schema(description = "The kind of record, as its owner's table is named", example = "incident")
                  String entityType,
                  @Schema(description = "The record's id (a number, a period, a hash), as text") String entityId,
                  @Schema(ref = "#/components/schemas/" + STATE) JsonNode before,
                  @Schema(ref = "#/components/schemas/" + STATE) JsonNode after,
                  @Schema(description = "SHA-256 of the entry and the one before it", pattern = "^[0-9a-f]{64}$")
                  String hash) {
    }

    @Operation(summary = "The audit trail of changes, newest first, filtered by record (monitors and up)")
    @GetMapping("/api/v1/audit")
    List<Change> history(@RequestParam(name = "entity_type", required = false) String entityType,
                         @RequestParam(name = "entity_id", required = false) String entityId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (entityType == null || entityType.isBlank()) {
            problems.add(FieldProblem.of("entity_type", "problem.requiredForExample", "incident"));
        }
        if (entityId == null || entityId.isBlank()) {
            problems.add(FieldProblem.of("entity_id", "problem.requiredShort"));

        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return audit.history(entityType, entityId).stream()
                .map(e -> new Change(e.seq(), e.recordedAt(), e.actor(), e.action(), e.entityType(), e.entityId(),
                        tree(e.before()), tree(e.after()), e.hash()))
                .toList();
    }

    private JsonNode tree(String text) {
        return text == null ? null : json.readTree(text);
    }
}
