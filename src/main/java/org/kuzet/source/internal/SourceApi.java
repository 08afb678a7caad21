package org.kuzet.source.internal;

import org.kuzet.source.Source;
import org.kuzet.source.Sources;
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
import org.kuzet.reference.Paging;
import org.kuzet.security.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Sources: articles, court documents, posts, correspondents' reports. A source the caller may not see answers
 * 404, exactly like one that does not exist, so its existence is not revealed either.
 */
@RestController
@RequestMapping("/api/v1/sources")
class SourceApi {

    /** Shown in the OpenAPI description: the body is read field by field (see JsonRecord), not bound to a type. */
    static final String EXAMPLE = "{\"kind\": \"media_article\", \"outlet\": \"actor/orda-kz\", "
            + "\"outlet_name\": \"Orda.kz\", "
            + "\"title\": \"Voices heard at the OSCE conference\", \"url\": \"https://orda.kz/\", "
            + "\"published_on\": \"2025-10\", \"retrieved_at\": \"2026-11-23T00:00:00Z\", "
            + "\"archived_text\": \"...\"}";

    private final SourceStore store;
    private final Sources sources;

    SourceApi(SourceStore store, Sources sources) {
        this.store = store;
        this.sources = sources;
    }

    @Operation(summary = "Record a source (an article, court document, post or correspondent's report)")
    @ApiResponse(responseCode = "201", description = "The source recorded", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<Source> create(@io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(mediaType = "application/json", schema = @Schema(ref = DatasetSchemas.SOURCE),
                            examples = @ExampleObject(EXAMPLE)))
            @RequestBody JsonNode body, Authentication caller) {
        Viewer viewer = Viewer.of(caller);
        long id = sources.record(body, viewer.username());
        // its author reads it back, a hidden one (a correspondent's report) included
        Source created = store.find(id, viewer).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/sources/" + id)).body(created);
    }

    @Operation(summary = "One source; one the caller may not see answers 404")
    @GetMapping("/{id}")
    Source get(@PathVariable long id, Authentication caller) {
        return store.find(id, Viewer.of(caller)).orElseThrow(() -> new NotFound("No source " + id + "."));
    }

    @Operation(summary = "Replace a source's fields")
    @PutMapping("/{id}")
    Source update(@PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(mediaType = "application/json", schema = @Schema(ref = DatasetSchemas.SOURCE),
                            examples = @ExampleObject(EXAMPLE)))
            @RequestBody JsonNode body, Authentication caller) {
        get(id, caller);
        sources.change(id, body, Viewer.of(caller).username());
        return get(id, caller);
    }

    @Operation(summary = "List sources, filtered by kind or outlet")
    @GetMapping
    Paging.Page<Source> list(@RequestParam(required = false) String kind,
            @RequestParam(required = false) Long outlet, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Authentication caller) {
        List<FieldProblem> problems = new ArrayList<>();
        Paging paging = Paging.of(page, size, problems);
        if (kind != null && !SourceInput.KINDS.contains(kind)) {
            problems.add(FieldProblem.of("kind", "problem.oneOf", String.join(", ", SourceInput.KINDS)));

        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return store.list(kind, outlet, Viewer.of(caller), paging);
    }
}
