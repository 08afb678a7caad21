package org.kuzet.statement.internal;

import org.kuzet.api.DatasetSchemas;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.actor.Actors;
import org.kuzet.api.Conflict;
import org.kuzet.core.FieldProblem;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.api.RecordVersion;
import org.kuzet.reference.ApiReferences;
import org.kuzet.reference.ExternalIds;
import org.kuzet.reference.JsonRecord;
import org.kuzet.reference.Paging;
import org.kuzet.reference.DateRange;
import org.kuzet.reference.Revisions;
import org.kuzet.core.Today;
import org.kuzet.reference.VersionedChange;
import org.kuzet.security.Viewer;
import org.kuzet.source.Sources;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Official replies and statements (a ministry's rebuttal, an OSCE concern). The public sees every statement, but
 * only its links to published incidents, and its source only when that source is public.
 */
@RestController
@RequestMapping("/api/v1/statements")
class StatementApi {

    /** Shown in the OpenAPI description: the body is read field by field (see JsonRecord), not bound to a type. */
    static final String EXAMPLE = "{\"speaker\": \"actor/aida-balayeva\", \"speaker_name\": \"Aida Balayeva\", "
            + "\"speaker_role\": \"Deputy Prime Minister, Minister of Culture and Information\", "
            + "\"date\": \"2025\", \"stance\": \"rebuttal\", \"venue\": \"Facebook\", "
            + "\"summary\": \"...\", \"incidents\": [12]}";

    private final StatementStore store;
    private final ApiReferences references;
    private final Actors actors;
    private final Sources sources;
    private final Revisions revisions;

    StatementApi(StatementStore store, ApiReferences references, Actors actors, Sources sources,
            Revisions revisions) {
        this.store = store;
        this.references = references;
        this.actors = actors;
        this.sources = sources;
        this.revisions = revisions;
    }

    @Operation(summary = "Record an official reply or statement")
    @ApiResponse(responseCode = "201", description = "The statement recorded", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<Statement> create(@io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(mediaType = "application/json", schema = @Schema(ref = DatasetSchemas.STATEMENT),
                            examples = @ExampleObject(EXAMPLE)))
            @RequestBody JsonNode body, Authentication caller) {
        StatementInput input = read(body);
        if (input.externalId() != null && store.idByExternalId(input.externalId()).isPresent()) {
            throw new Conflict("conflict.externalIdExists", "statement", input.externalId());
        }
        long id = ExternalIds.unique(input.externalId(), () -> store.add(input));
        Statement created = find(id, caller);
        return ResponseEntity.created(URI.create("/api/v1/statements/" + id))
                .eTag(RecordVersion.etag(created.revision())).body(created);
    }

    @Operation(summary = "One statement, with its version as ETag")
    @GetMapping("/{id}")
    ResponseEntity<Statement> get(@PathVariable long id, Authentication caller) {
        Statement statement = find(id, caller);
        return RecordVersion.answer(statement, statement.revision());
    }

    /** Replaces the statement; the change must name the version it was made on (If-Match or the body's revision). */
    @Operation(summary = "Replace a statement (If-Match or the body's revision: the version changed)")
    @PutMapping("/{id}")
    ResponseEntity<Statement> update(@PathVariable long id, @RequestHeader(value = "If-Match", required = false)
            String ifMatch, @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(mediaType = "application/json", schema = @Schema(ref = DatasetSchemas.STATEMENT),
                            examples = @ExampleObject(EXAMPLE)))
            @RequestBody JsonNode body, Authentication caller) {
        find(id, caller);
        VersionedChange change = VersionedChange.of(body, ifMatch);
        StatementInput input = read(change.record());
        if (input.externalId() != null && store.idByExternalId(input.externalId()).filter(o -> o != id).isPresent()) {
            throw new Conflict("conflict.externalIdTaken", "statement", input.externalId());
        }
        ExternalIds.unique(input.externalId(), () -> revisions.change("statement", id, change, () -> {
            store.change(id, input);
            return id;
        }));
        return get(id, caller);
    }

    private Statement find(long id, Authentication caller) {
        Viewer viewer = Viewer.of(caller);
        return store.find(id, viewer).map(s -> shown(s, viewer))
                .orElseThrow(() -> new NotFound("No statement " + id + "."));
    }

    @Operation(summary = "List statements, filtered by incident, speaker or stance")
    @GetMapping
    Paging.Page<Statement> list(@RequestParam(required = false) Long incident,
            @RequestParam(required = false) Long speaker, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String stance,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Authentication caller) {
        List<FieldProblem> problems = new ArrayList<>();
        Paging paging = Paging.of(page, size, problems);
        DateRange period = DateRange.of(from, to, problems);
        if (stance != null && !StatementInput.STANCES.contains(stance)) {
            problems.add(FieldProblem.of("stance", "problem.oneOf", String.join(", ", StatementInput.STANCES)));

        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Viewer viewer = Viewer.of(caller);
        Paging.Page<Statement> found = store.list(incident, speaker, period, stance, viewer, paging);
        return new Paging.Page<>(found.items().stream().map(s -> shown(s, viewer)).toList(), found.page(),
                found.size(), found.total());
    }

    private Statement shown(Statement statement, Viewer viewer) {
        return statement.source() == null || sources.visible(statement.source(), viewer) ? statement
                : statement.withoutSource();
    }

    private StatementInput read(JsonNode body) {
        JsonRecord record = new JsonRecord(body, StatementInput.FIELDS);
        StatementInput input = StatementInput.read(record, references, actors::name,
                java.time.LocalDate.now(Today.CLOCK));
        record.throwIfInvalid();
        return input;
    }
}
