package org.kuzet.context.internal;

import org.kuzet.api.DatasetSchemas;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.core.FieldProblem;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.api.RecordVersion;
import org.kuzet.place.Places;
import org.kuzet.reference.Paging;
import org.kuzet.reference.DateRange;
import org.kuzet.reference.Revisions;
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
 * Context events, public once published (drafts from archived reports: monitors and up); a filter by place takes in
 * everything within it (a region's towns).
 */
@RestController
@RequestMapping("/api/v1/context-events")
class ContextEventApi {

    /** Shown in the OpenAPI description: the body is read field by field (see JsonRecord), not bound to a type. */
    static final String EXAMPLE = "{\"date\": \"2024-03-01\", \"place\": \"kz-astana\", \"kind\": \"draft_order\", "
            + "\"title\": \"Draft order on rules for restricting access to internet resources\"}";

    private final ContextEventStore store;
    private final ContextEventWriter events;
    private final Places places;
    private final Sources sources;
    private final Revisions revisions;

    ContextEventApi(ContextEventStore store, ContextEventWriter events, Places places, Sources sources,
            Revisions revisions) {
        this.store = store;
        this.events = events;
        this.places = places;
        this.sources = sources;
        this.revisions = revisions;
    }

    @Operation(summary = "Record a context event (a law, a draft, an election, a blocking)")
    @ApiResponse(responseCode = "201", description = "The context event recorded", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<ContextEvent> create(@io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(mediaType = "application/json", schema = @Schema(ref = DatasetSchemas.CONTEXT_EVENT),
                            examples = @ExampleObject(EXAMPLE)))
            @RequestBody JsonNode body, Authentication caller) {
        long id = events.record(body, Viewer.of(caller).username());
        ContextEvent created = find(id, caller);
        return ResponseEntity.created(URI.create("/api/v1/context-events/" + id))
                .eTag(RecordVersion.etag(created.revision())).body(created);
    }

    @Operation(summary = "One context event, with its version as ETag")
    @GetMapping("/{id}")
    ResponseEntity<ContextEvent> get(@PathVariable long id, Authentication caller) {
        ContextEvent event = find(id, caller);
        return RecordVersion.answer(event, event.revision());
    }

    /** Replaces the event; the change must name the version it was made on (If-Match or the body's revision). */
    @Operation(summary = "Replace a context event (If-Match or the body's revision: the version changed)")
    @PutMapping("/{id}")
    ResponseEntity<ContextEvent> update(@PathVariable long id, @RequestHeader(value = "If-Match", required = false)
            String ifMatch, @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(mediaType = "application/json", schema = @Schema(ref = DatasetSchemas.CONTEXT_EVENT),
                            examples = @ExampleObject(EXAMPLE)))
            @RequestBody JsonNode body, Authentication caller) {
        find(id, caller);
        VersionedChange change = VersionedChange.of(body, ifMatch);
        ContextEventInput input = events.read(change.record());
        revisions.change("context_event", id, change, () -> {
            events.change(id, input, Viewer.of(caller).username());
            return id;
        });
        return get(id, caller);
    }

    /** A draft (from an archived report, before review) is there for monitors and up only. */
    private ContextEvent find(long id, Authentication caller) {
        Viewer viewer = Viewer.of(caller);
        return store.find(id).filter(e -> !e.isDraft() || viewer.isMonitor()).map(e -> shown(e, viewer))
                .orElseThrow(() -> new NotFound("No context event " + id + "."));
    }

    @Operation(summary = "List context events, filtered by date range, kind or place")
    @GetMapping
    Paging.Page<ContextEvent> list(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String place, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Authentication caller) {
        List<FieldProblem> problems = new ArrayList<>();
        Paging paging = Paging.of(page, size, problems);
        DateRange period = DateRange.of(from, to, problems);
        if (kind != null && !ContextEventInput.KINDS.contains(kind)) {
            problems.add(FieldProblem.of("kind", "problem.oneOf", String.join(", ", ContextEventInput.KINDS)));
        }
        if (place != null && !places.exists(place)) {
            problems.add(FieldProblem.of("place", "problem.notAPlaceCode", place));

        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Viewer viewer = Viewer.of(caller);
        Paging.Page<ContextEvent> found = store.list(period, kind, place == null ? null : places.within(place),
                viewer.isMonitor(), paging);
        return new Paging.Page<>(found.items().stream().map(e -> shown(e, viewer)).toList(), found.page(),
                found.size(), found.total());
    }

    private ContextEvent shown(ContextEvent event, Viewer viewer) {
        return event.source() == null || sources.visible(event.source(), viewer) ? event : event.withoutSource();
    }
}
