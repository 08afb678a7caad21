package org.kuzet.legalcase.internal;

import org.kuzet.legalcase.CaseView;
import org.kuzet.legalcase.LegalCase;
import org.kuzet.legalcase.LegalCaseBook;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.legalcase.Stage;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import org.kuzet.api.DatasetSchemas;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.core.FieldProblem;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.api.RecordVersion;
import org.kuzet.reference.Revisions;
import org.kuzet.reference.VersionedChange;
import org.kuzet.security.Viewer;
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

/**
 * {@code /api/v1/legal-cases}: staff open, edit and follow cases; anyone may read them, except that the public does
 * not see a case linked to an incident that is not published (the link would give that incident away). A case is
 * answered with its revision, as the {@code ETag} too; a change names the version it was made on.
 */
@RestController
@RequestMapping("/api/v1/legal-cases")
class LegalCaseController {

    private final LegalCaseBook book;
    private final LegalCases cases;
    private final CaseList list;
    private final CaseView view;
    private final Revisions revisions;

    LegalCaseController(LegalCaseBook book, LegalCases cases, CaseList list, CaseView view, Revisions revisions) {
        this.book = book;
        this.cases = cases;
        this.list = list;
        this.view = view;
        this.revisions = revisions;
    }

    @Operation(summary = "Open a legal case")
    @ApiResponse(responseCode = "201", description = "The case opened", content = @Content(
            schema = @Schema(ref = DatasetSchemas.LEGAL_CASE_STORED)))
    @PostMapping
    ResponseEntity<Map<String, Object>> open(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            schema = @Schema(ref = DatasetSchemas.LEGAL_CASE))) @RequestBody JsonNode body,
            Principal principal) {
        long id = book.open(body).id();
        ResponseEntity<Map<String, Object>> opened = one(id, principal);
        return ResponseEntity.created(URI.create("/api/v1/legal-cases/" + id)).headers(opened.getHeaders())
                .body(opened.getBody());
    }

    @Operation(summary = "One legal case, with its version as ETag")
    @GetMapping("/{id}")
    @ApiResponse(responseCode = "200", description = "The case as the dataset writes it, with its id and revision",
            content = @Content(schema = @Schema(ref = DatasetSchemas.LEGAL_CASE_STORED)))
    ResponseEntity<Map<String, Object>> one(@PathVariable long id, Principal principal) {
        // the revision first: a change made while the case is read then fails its check instead of being lost
        int revision = revisions.stored(LegalCases.TABLE, id).orElse(0);
        // monitors and up see every case; the public and correspondents only those whose incidents are all published
        LegalCase found = cases.find(id).filter(c -> Viewer.current().isMonitor() || cases.isPublic(id))
                .orElseThrow(() -> new NotFound("No legal case " + id));
        return RecordVersion.answer(shown(found, revision), revision);
    }

    /** Replaces the case; the change must name the version it was made on (If-Match or the body's revision). */
    @Operation(summary = "Replace a legal case (If-Match or the body's revision: the version changed)")
    @PutMapping("/{id}")
    @ApiResponse(responseCode = "200", description = "The case as the dataset writes it, with its id and revision",
            content = @Content(schema = @Schema(ref = DatasetSchemas.LEGAL_CASE_STORED)))
    ResponseEntity<Map<String, Object>> edit(@PathVariable long id, @RequestHeader(value = "If-Match",
            required = false) String ifMatch, @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(ref = DatasetSchemas.LEGAL_CASE))) @RequestBody JsonNode body, Principal principal) {
        book.edit(id, VersionedChange.of(body, ifMatch));
        return one(id, principal);
    }

    /** Adds an event to the timeline, which changes the case: it names the version too, as an edit does. */
    @Operation(summary = "Add an event to a case's timeline (If-Match or the body's revision)")
    @PostMapping("/{id}/events")
    @ApiResponse(responseCode = "200", description = "The case as the dataset writes it, with its id and revision",
            content = @Content(schema = @Schema(ref = DatasetSchemas.LEGAL_CASE_STORED)))
    ResponseEntity<Map<String, Object>> record(@PathVariable long id, @RequestHeader(value = "If-Match",
            required = false) String ifMatch, @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(ref = DatasetSchemas.CASE_EVENT))) @RequestBody JsonNode body, Principal principal) {
        book.record(id, VersionedChange.of(body, ifMatch));
        return one(id, principal);
    }

    private Map<String, Object> shown(LegalCase found, int revision) {
        Map<String, Object> shown = view.of(found, true);
        shown.put("revision", revision);
        return shown;
    }

    @Operation(summary = "List legal cases, filtered by kind, stage, basis, actor, incident or dates")
    @GetMapping
    @ApiResponse(responseCode = "200", description = "A page of cases", content = @Content(
            schema = @Schema(ref = DatasetSchemas.LEGAL_CASE_PAGE)))
    Map<String, Object> find(@RequestParam(required = false) String kind,
            @RequestParam(required = false) String stage, @RequestParam(required = false) String basis,
            @RequestParam(required = false) Long actor, @RequestParam(required = false) Long incident,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            Principal principal) {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind != null && !List.of("criminal", "administrative", "civil").contains(kind)) {
            problems.add(FieldProblem.of("kind", "problem.caseKind"));
        }
        if (stage != null && Stage.ofCode(stage).isEmpty()) {
            problems.add(FieldProblem.of("stage", "problem.notAStage", stage));
        }
        LocalDate fromDate = day(from, "from", problems);
        LocalDate toDate = day(to, "to", problems);
        if (page < 0) {
            problems.add(FieldProblem.of("page", "problem.zeroOrMoreShort"));
        }
        if (size < 1 || size > 500) {
            problems.add(FieldProblem.of("size", "problem.between", 1, 500));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        CaseList.Page found = list.find(new CaseFilter(kind, stage, basis, actor, incident, fromDate, toDate,
                !Viewer.current().isMonitor(), page, size));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", found.ids().stream().map(id -> one(id, principal).getBody()).toList());
        answer.put("page", page);
        answer.put("size", size);
        answer.put("total", found.total());
        return answer;
    }

    private static LocalDate day(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, "problem.day", text));

            return null;
        }
    }
}
