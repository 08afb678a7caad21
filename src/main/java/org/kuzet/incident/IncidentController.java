package org.kuzet.incident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.kuzet.api.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /api/v1/incidents}: record and change incidents, move them through review, and list them with filters.
 * The public sees published incidents only, without confidential fields; an unpublished one is "not found" to them.
 */
@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "Incidents", description = "Incidents of pressure on journalists, media and newsmakers")
class IncidentController {

    /** The body of a rejection. */
    record Rejection(String reason) {
    }

    /** A page of a list. */
    record Listing(List<IncidentView> items, int page, int size, long total) {
    }

    private final IncidentDesk desk;
    private final Incidents incidents;
    private final IncidentSearch search;
    private final IncidentFilters filters;

    IncidentController(IncidentDesk desk, Incidents incidents, IncidentSearch search, IncidentFilters filters) {
        this.desk = desk;
        this.incidents = incidents;
        this.search = search;
        this.filters = filters;
    }

    @PostMapping
    @Operation(summary = "Record a new incident (a draft)")
    ResponseEntity<IncidentView> create(@RequestBody IncidentRequest request, UriComponentsBuilder uri) {
        Incident incident = desk.record(request.form(), blankToNull(request.externalId()), Caller.requireStaff());
        return ResponseEntity.created(uri.path("/api/v1/incidents/{id}").build(incident.id()))
                .body(IncidentView.of(incident, true));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One incident; the public sees published incidents only")
    IncidentView get(@PathVariable long id) {
        Optional<StaffMember> staff = Caller.staff();
        Incident incident = incidents.find(id).filter(i -> staff.isPresent() || i.state() == WorkflowState.PUBLISHED)
                .orElseThrow(() -> new NotFound("No incident with id " + id));
        return IncidentView.of(incident, staff.isPresent());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a draft or an incident under review (a published one is corrected instead)")
    IncidentView update(@PathVariable long id, @RequestBody IncidentRequest request) {
        Caller.requireStaff();
        return IncidentView.of(desk.revise(id, request.form(), request.revision()), true);
    }

    @GetMapping
    @Operation(summary = "List incidents, newest first, filtered by category or group, place or region, date "
            + "range, state, verification, actor")
    Listing list(@RequestParam(required = false) String category, @RequestParam(required = false) String place,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String state, @RequestParam(required = false) String verification,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        boolean staff = Caller.staff().isPresent();
        IncidentFilters.Request request = filters.parse(category, place, from, to, state, verification, actor, page,
                size, staff);
        IncidentSearch.Page found = search.find(request.filter(), request.page(), request.size());
        return new Listing(found.items().stream().map(i -> IncidentView.of(i, staff)).toList(), found.page(),
                found.size(), found.total());
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a draft for review")
    IncidentView submit(@PathVariable long id) {
        return IncidentView.of(desk.submit(id, Caller.requireStaff()), true);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish an incident under review (editors and admins)")
    IncidentView publish(@PathVariable long id) {
        return IncidentView.of(desk.publish(id, Caller.requireStaff()), true);
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject an incident under review, with a reason (editors and admins)")
    IncidentView reject(@PathVariable long id, @RequestBody Rejection rejection) {
        return IncidentView.of(desk.reject(id, Caller.requireStaff(), rejection.reason()), true);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Send an incident under review back to draft")
    IncidentView returnToDraft(@PathVariable long id) {
        return IncidentView.of(desk.returnToDraft(id, Caller.requireStaff()), true);
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Take a rejected incident up again as a draft")
    IncidentView reopen(@PathVariable long id) {
        return IncidentView.of(desk.reopen(id, Caller.requireStaff()), true);
    }

    @PostMapping("/{id}/correct")
    @Operation(summary = "Correct a published incident: a new revision, the earlier version kept (editors and admins)")
    IncidentView correct(@PathVariable long id, @RequestBody IncidentRequest request) {
        return IncidentView.of(desk.correct(id, request.form(), request.revision(), request.note(),
                Caller.requireStaff()), true);
    }

    @GetMapping("/{id}/revisions")
    @Operation(summary = "Every published version of an incident, oldest first")
    List<RevisionView> revisions(@PathVariable long id) {
        boolean staff = Caller.staff().isPresent();
        Incident incident = incidents.find(id).filter(i -> staff || i.state() == WorkflowState.PUBLISHED)
                .orElseThrow(() -> new NotFound("No incident with id " + id));
        return incidents.revisions(incident.id()).stream().map(r -> RevisionView.of(r, staff)).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
