package org.kuzet.actor.internal;

import org.kuzet.api.DatasetSchemas;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.actor.Actor;
import org.kuzet.api.Conflict;
import org.kuzet.core.FieldProblem;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.api.RecordVersion;
import org.kuzet.reference.ExternalIds;
import org.kuzet.reference.JsonRecord;
import org.kuzet.reference.Paging;
import org.kuzet.reference.Revisions;
import org.kuzet.reference.VersionedChange;
import org.springframework.http.ResponseEntity;
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

/** Actors: persons and organisations, found by any spelling of their names. */
@RestController
@RequestMapping("/api/v1/actors")
class ActorApi {

    /** Shown in the OpenAPI description: the body is read field by field (see JsonRecord), not bound to a type. */
    static final String EXAMPLE = "{\"external_id\": \"actor/orda-kz\", \"kind\": \"organisation\", "
            + "\"actor_type\": \"media_outlet\", \"name\": \"Orda.kz\", \"aliases\": [\"Орда.kz\", "
            + "\"Orda\"], \"description\": \"Independent online outlet, Almaty\"}";

    private final ActorStore store;
    private final Revisions revisions;

    ActorApi(ActorStore store, Revisions revisions) {
        this.store = store;
        this.revisions = revisions;
    }

    @Operation(summary = "Record an actor (a person or organisation named in incidents and statements)")
    @ApiResponse(responseCode = "201", description = "The actor recorded", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<Actor> create(@io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(mediaType = "application/json", schema = @Schema(ref = DatasetSchemas.ACTOR),
                            examples = @ExampleObject(EXAMPLE)))
            @RequestBody JsonNode body) {
        ActorInput input = read(body);
        if (input.externalId() != null && store.idByExternalId(input.externalId()).isPresent()) {
            throw new Conflict("conflict.externalIdExists", "actor", input.externalId());
        }
        long id = ExternalIds.unique(input.externalId(), () -> store.add(input));
        Actor created = find(id);
        return ResponseEntity.created(URI.create("/api/v1/actors/" + id)).eTag(RecordVersion.etag(created.revision()))
                .body(created);
    }

    @Operation(summary = "One actor, with its version as ETag")
    @GetMapping("/{id}")
    ResponseEntity<Actor> get(@PathVariable long id) {
        Actor actor = find(id);
        return RecordVersion.answer(actor, actor.revision());
    }

    /** Replaces the actor; the change must name the version it was made on (If-Match or the body's revision). */
    @Operation(summary = "Replace an actor (If-Match or the body's revision: the version changed)")
    @PutMapping("/{id}")
    ResponseEntity<Actor> update(@PathVariable long id, @RequestHeader(value = "If-Match", required = false)
            String ifMatch, @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(mediaType = "application/json", schema = @Schema(ref = DatasetSchemas.ACTOR),
                            examples = @ExampleObject(EXAMPLE)))
            @RequestBody JsonNode body) {
        find(id);
        VersionedChange change = VersionedChange.of(body, ifMatch);
        ActorInput input = read(change.record());
        if (input.externalId() != null && store.idByExternalId(input.externalId()).filter(o -> o != id).isPresent()) {
            throw new Conflict("conflict.externalIdTaken", "actor", input.externalId());
        }
        ExternalIds.unique(input.externalId(), () -> revisions.change("actor", id, change, () -> {
            store.change(id, input);
            return id;
        }));
        return get(id);
    }

    private Actor find(long id) {
        return store.find(id).orElseThrow(() -> new NotFound("No actor " + id + "."));
    }

    @Operation(summary = "Find actors by name or alias, kind or type")
    @GetMapping
    Paging.Page<Actor> list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String type, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        List<FieldProblem> problems = new ArrayList<>();
        Paging paging = Paging.of(page, size, problems);
        if (kind != null && !ActorInput.KINDS.contains(kind)) {
            problems.add(FieldProblem.of("kind", "problem.oneOf", String.join(", ", ActorInput.KINDS)));
        }
        if (type != null && !ActorInput.TYPES.contains(type)) {
            problems.add(FieldProblem.of("type", "problem.oneOf", String.join(", ", ActorInput.TYPES)));

        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return store.search(q == null || q.isBlank() ? null : q, kind, type, paging);
    }

    private static ActorInput read(JsonNode body) {
        JsonRecord record = new JsonRecord(body, ActorInput.FIELDS);
        ActorInput input = ActorInput.read(record);
        record.throwIfInvalid();
        return input;
    }
}
