package org.kuzet.incident.internal;

import org.kuzet.incident.Incident;
import org.kuzet.incident.IncidentAccess;
import org.kuzet.incident.IncidentDesk;
import org.kuzet.incident.IncidentSearch;
import org.kuzet.incident.IncidentView;
import org.kuzet.incident.Incidents;
import org.kuzet.incident.Origin;
import org.kuzet.incident.PublishedEvidence;
import org.kuzet.incident.RevisionView;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.kuzet.api.OnVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.kuzet.api.NotFound;
import org.kuzet.api.RecordVersion;
import org.kuzet.security.Viewer;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /api/v1/incidents}: record and change incidents, move them through review, and list them with filters.
 * What each caller sees and may change is decided by {@link IncidentAccess} and {@link IncidentView} (the
 * {@code Visibility} table): an incident they may not see is "not found". Every answer carries the version as ETag,
 * and every change must name the version it was made on (If-Match or the body's revision).
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
    private final PublishedEvidence evidence;

    IncidentController(IncidentDesk desk, Incidents incidents, IncidentSearch search, IncidentFilters filters,
            PublishedEvidence evidence) {
        this.evidence = evidence;
        this.desk = desk;
        this.incidents = incidents;
        this.search = search;
        this.filters = filters;
    }

    @PostMapping
    @Operation(summary = "Record a new incident (a draft)")
    @ApiResponse(responseCode = "201", description = "The incident recorded", useReturnTypeSchema = true)
    ResponseEntity<IncidentView> create(@RequestBody IncidentRequest request, UriComponentsBuilder uri) {
        Viewer me = Viewer.current();
        Incident incident = desk.record(request.form(), blankToNull(request.externalId()), me, Origin.Way.API);
        return ResponseEntity.created(uri.path("/api/v1/incidents/{id}").build(incident.id()))
                .eTag(RecordVersion.etag(incident.revision())).body(IncidentView.of(incident, me));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One incident, with its version as ETag, the redacted copies of its evidence an editor "
            + "published (published_copies; never an original) and, for its author and monitors, the incidents it "
            + "may repeat (possible_duplicates); the public sees published incidents only")
    ResponseEntity<IncidentView> get(@PathVariable long id) {
        Viewer me = Viewer.current();
        Incident incident = seen(id, me);
        return RecordVersion.answer(desk.shownTo(incident, me).withPublishedCopies(evidence.of(id)),
                incident.revision());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a draft or an incident under review (a published one is corrected instead); "
            + "name the version changed by If-Match or the body's revision")
    ResponseEntity<IncidentView> update(@PathVariable long id, @RequestBody IncidentRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Viewer me = Viewer.current();
        return answer(desk.revise(id, request.form(), new OnVersion(ifMatch, request.revision()), me), me);
    }

    @GetMapping
    @Operation(summary = "List incidents, newest first, filtered by category or group, place or region, date "
            + "range, state, verification, actor")
    Listing list(@RequestParam(required = false) String category, @RequestParam(required = false) String place,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String state, @RequestParam(required = false) String verification,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Viewer me = Viewer.current();
        IncidentFilters.Request request = filters.parse(category, place, from, to, state, verification, actor, page,
                size, me);
        IncidentSearch.Page found = search.find(request.filter(), request.page(), request.size());
        return new Listing(found.items().stream().map(i -> IncidentView.of(i, me)).toList(), found.page(),
                found.size(), found.total());
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a draft for review (If-Match: the version submitted)")
    ResponseEntity<IncidentView> submit(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Viewer me = Viewer.current();
        return answer(desk.submit(id, new OnVersion(ifMatch, null), me), me);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish an incident under review (editors and admins; If-Match: the version published)")
    ResponseEntity<IncidentView> publish(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Viewer me = Viewer.current();
        return answer(desk.publish(id, new OnVersion(ifMatch, null), me), me);
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject an incident under review, with a reason (editors and admins; If-Match)")
    ResponseEntity<IncidentView> reject(@PathVariable long id, @RequestBody Rejection rejection,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Viewer me = Viewer.current();
        return answer(desk.reject(id, rejection.reason(), new OnVersion(ifMatch, null), me), me);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Send an incident under review back to draft (If-Match)")
    ResponseEntity<IncidentView> returnToDraft(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Viewer me = Viewer.current();
        return answer(desk.returnToDraft(id, new OnVersion(ifMatch, null), me), me);
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Take a rejected incident up again as a draft (If-Match)")
    ResponseEntity<IncidentView> reopen(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Viewer me = Viewer.current();
        return answer(desk.reopen(id, new OnVersion(ifMatch, null), me), me);
    }

    @PostMapping("/{id}/correct")
    @Operation(summary = "Correct a published incident: a new revision, the earlier version kept (editors and "
            + "admins; If-Match or the body's revision)")
    ResponseEntity<IncidentView> correct(@PathVariable long id, @RequestBody IncidentRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Viewer me = Viewer.current();
        return answer(desk.correct(id, request.form(), request.note(), new OnVersion(ifMatch, request.revision()),
                me), me);
    }

    @GetMapping("/{id}/revisions")
    @Operation(summary = "Every published version of an incident, oldest first")
    List<RevisionView> revisions(@PathVariable long id) {
        Viewer me = Viewer.current();
        Incident incident = seen(id, me);
        return incidents.revisionsShownTo(incident, me);
    }

    /** The incident if this viewer may see it; else, as for one that does not exist, "not found". */
    private Incident seen(long id, Viewer me) {
        return IncidentAccess.seen(me, incidents.find(id)).orElseThrow(() -> new NotFound("No incident with id " + id));
    }

    /** The incident as the viewer sees it, with its version as ETag (what the next change names in If-Match). */
    private static ResponseEntity<IncidentView> answer(Incident incident, Viewer me) {
        return RecordVersion.answer(IncidentView.of(incident, me), incident.revision());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
