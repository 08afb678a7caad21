package org.kuzet.inquiry.internal;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.api.RecordVersion;
import org.kuzet.core.FieldProblem;
import org.kuzet.inquiry.Inquiry;
import org.kuzet.inquiry.InquiryStatus;
import org.kuzet.reference.ApiReferences;
import org.kuzet.reference.DateRange;
import org.kuzet.reference.Paging;
import org.kuzet.security.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Inquiries through the JSON API: published ones are public; monitors and up see and keep them all. The body of a
 * write is read field by field (see JsonRecord), and every bad field is named in one problem+json answer.
 */
@RestController
@RequestMapping("/api/v1/inquiries")
class InquiryApi {

    static final String EXAMPLE = "{\"kind\": \"information_request\", \"addressee_name\": \"Akimat of Almaty\", "
            + "\"on_behalf_of\": \"Vlast.kz\", \"subject\": \"Budget of the city's media grants for 2024\", "
            + "\"sent_on\": \"2024-03-01\"}";
    static final String ANSWER = "{\"answered_on\": \"2024-03-20\", \"outcome\": \"refused\", "
            + "\"text\": \"The information is for official use only.\"}";

    private final InquiryDesk desk;
    private final InquiryReader reader;
    private final ApiReferences references;

    InquiryApi(InquiryDesk desk, InquiryReader reader, ApiReferences references) {
        this.desk = desk;
        this.reader = reader;
        this.references = references;
    }

    @Operation(summary = "Record an inquiry the service sent (an information request, a complaint) to an addressee")
    @ApiResponse(responseCode = "201", description = "The inquiry recorded", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<Inquiry> create(@io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = InquiryBodies.Request.class),
                            examples = @ExampleObject(EXAMPLE)))
            @RequestBody JsonNode body, Authentication caller) {
        Viewer viewer = Viewer.of(caller);
        Inquiry created = desk.record(body, viewer);
        return ResponseEntity.created(URI.create("/api/v1/inquiries/" + created.id()))
                .eTag(RecordVersion.etag(created.revision())).body(reader.find(created.id(), viewer).orElseThrow());
    }

    @Operation(summary = "One inquiry, with its version as ETag")
    @GetMapping("/{id}")
    ResponseEntity<Inquiry> get(@PathVariable long id, Authentication caller) {
        Inquiry inquiry = reader.find(id, Viewer.of(caller)).orElseThrow(() -> new NotFound("No inquiry " + id + "."));
        return RecordVersion.answer(inquiry, inquiry.revision());
    }

    @Operation(summary = "Record the answer to an inquiry (its date, outcome and text)")
    @PostMapping("/{id}/answer")
    Inquiry answer(@PathVariable long id, @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = InquiryBodies.Answer.class),
                            examples = @ExampleObject(ANSWER)))
            @RequestBody JsonNode body, Authentication caller) {
        Viewer viewer = Viewer.of(caller);
        desk.answer(id, body, viewer);
        return reader.find(id, viewer).orElseThrow();
    }

    /** Extends the term once by the basis's extension. */
    @Operation(summary = "Note that the addressee extended the deadline of an inquiry")
    @PostMapping("/{id}/extend")
    Inquiry extend(@PathVariable long id, Authentication caller) {
        Viewer viewer = Viewer.of(caller);
        desk.extend(id, viewer);
        return reader.find(id, viewer).orElseThrow();
    }

    @Operation(summary = "Publish an inquiry (editors and admins)")
    @PostMapping("/{id}/publish")
    Inquiry publish(@PathVariable long id, Authentication caller) {
        Viewer viewer = Viewer.of(caller);
        desk.publish(id, viewer);
        return reader.find(id, viewer).orElseThrow();
    }

    /**
     * Lists inquiries, newest first: by status on Almaty's day, addressee (an actor's id or external id), the days
     * they were sent on (from, to), kind.
     */
    @Operation(summary = "List inquiries, newest first, by status, addressee, the days sent on, or kind")
    @GetMapping
    Paging.Page<Inquiry> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String addressee, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Authentication caller) {
        List<FieldProblem> problems = new ArrayList<>();
        Paging paging = Paging.of(page, size, problems);
        DateRange period = DateRange.of(from, to, problems);
        if (status != null && !InquiryStatus.codes().contains(status)) {
            problems.add(FieldProblem.of("status", "problem.oneOfNot", String.join(", ", InquiryStatus.codes()),
                    status));
        }
        if (kind != null && !Inquiry.KINDS.contains(kind)) {
            problems.add(FieldProblem.of("kind", "problem.oneOf", String.join(", ", Inquiry.KINDS)));
        }
        Long addresseeId = null;
        if (addressee != null) {
            addresseeId = references.find("actors", addressee).orElse(null);
            if (addresseeId == null) {
                problems.add(FieldProblem.of("addressee", "problem.noKnownActorQuoted", addressee));

            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return reader.list(new InquiryStore.Filter(status == null ? null : List.of(status), null, addresseeId, null,
                period.from(), period.to(), kind, null, false, false), paging, Viewer.of(caller));
    }
}
