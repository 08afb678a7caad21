package org.kuzet.audit.internal;

import io.swagger.v3.oas.annotations.Operation;
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

    record Change(long seq, java.time.Instant recordedAt, String actor, String action, JsonNode before,
                  JsonNode after, String hash) {
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
                .map(e -> new Change(e.seq(), e.recordedAt(), e.actor(), e.action(), tree(e.before()), tree(e.after()),
                        e.hash()))
                .toList();
    }

    private JsonNode tree(String text) {
        return text == null ? null : json.readTree(text);
    }
}
