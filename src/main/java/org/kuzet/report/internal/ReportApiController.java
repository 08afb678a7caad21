package org.kuzet.report.internal;

import org.kuzet.report.PublishedReport;
import org.kuzet.report.Rendition;
import org.kuzet.report.ReportDesk;
import org.kuzet.report.ReportDiff;
import org.kuzet.report.ReportRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.kuzet.security.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /api/v1/reports}: downloads of a report ({@code 2024-03.pdf?lang=kk}); the public gets published versions,
 * monitors and up may add {@code live=true} to see the report the data gives now, and the difference between the
 * data now and the published version. Editors publish. Who published a version is shown to monitors and up only:
 * to the public a report comes from the service, not from a staff member.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

    private static final String KIND = "report_version";

    private final ReportDesk desk;
    private final ObjectMapper json;

    ReportApiController(ReportDesk desk, ObjectMapper json) {
        this.desk = desk;
        this.json = json;
    }

    @Operation(summary = "A report file (report-PERIOD.html, .md, .pdf, .csv or .json), the published version or one named")
    @ApiResponse(responseCode = "200", description = "The report in the format its name ends with", content = {
            @Content(mediaType = "text/html", schema = @Schema(type = "string")),
            @Content(mediaType = "text/markdown", schema = @Schema(type = "string")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = "application/json", schema = @Schema(implementation = FiguresFile.class))})
    @GetMapping("/{file:.+\\.(?:html|md|pdf|csv|json)}")
    ResponseEntity<byte[]> download(@PathVariable String file, @RequestParam(required = false) String lang,
            @RequestParam(required = false) Integer version, @RequestParam(defaultValue = "false") boolean live) {
        int dot = file.lastIndexOf('.');
        String format = file.substring(dot + 1);
        ReportRequest request = ReportRequest.of(file.substring(0, dot), lang);
        if (live) {
            refuseUnlessSees("live", "The live report");
        }
        ReportDesk.Content content = live ? desk.live(request.period(), request.lang())
                : desk.published(request.period(), request.lang(), version);
        return Rendition.of(format, request, content, json);
    }

    @Operation(summary = "Publish the report of a period as a new version (editors and admins)")
    @ApiResponse(responseCode = "201", description = "The version published", useReturnTypeSchema = true)
    @PostMapping("/{period}/publish")
    ResponseEntity<VersionSummary> publish(@PathVariable String period,
            @RequestBody(required = false) JsonNode body, Authentication auth) {
        if (!Viewer.current().mayPublish()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only an editor or an admin publishes reports.");
        }
        String note = null;
        if (body != null && body.has("note")) {
            if (!body.get("note").isString()) {
                throw InvalidInput.of("note", "problem.text");
            }
            note = body.get("note").stringValue();
        }
        PublishedReport published = desk.publish(ReportRequest.of(period, "en").period(), auth.getName(), note);
        return ResponseEntity.status(HttpStatus.CREATED).body(summary(published, Viewer.current()));
    }

    @Operation(summary = "Every published version of a period's report, oldest first")
    @GetMapping("/{period}/versions")
    List<VersionSummary> versions(@PathVariable String period) {
        Viewer viewer = Viewer.current();
        return desk.versions(ReportRequest.of(period, "en").period()).stream().map(p -> summary(p, viewer))
                .toList();
    }

    @Operation(summary = "What changed between two published versions of a period's report")
    @GetMapping("/{period}/diff")
    ReportDiff diff(@PathVariable String period, @RequestParam(required = false) String lang) {
        refuseUnlessSees("diff", "The difference from the published report");
        ReportRequest request = ReportRequest.of(period, lang);
        return desk.diff(request.period(), request.lang())
                .orElseThrow(() -> new NotFound("The report for " + period + " is not published."));
    }

    /** The public is asked to sign in; an account whose role may not see {@code field} is refused. */
    private static void refuseUnlessSees(String field, String what) {
        Viewer viewer = Viewer.current();
        if (viewer.sees(KIND, field, null)) {
            return;
        }
        throw viewer.isPublic()
                ? new ResponseStatusException(HttpStatus.UNAUTHORIZED, what + " needs a monitor's account.")
                : new ResponseStatusException(HttpStatus.FORBIDDEN, what + " is for monitors, editors and admins.");
    }

    /** The figures of a report as its JSON file holds them. */
    record FiguresFile(String period, Integer version, @Schema(pattern = "^[0-9a-f]{64}$") String sha256,
            java.util.Map<String, Long> figures) {
    }

    /** One published version of a report; who published it only for the roles that see it. */
    record VersionSummary(String period, int version, @Schema(pattern = "^[0-9a-f]{64}$") String sha256,
            String publishedBy, @Schema(format = "date-time") String publishedAt, String note) {
    }

    private static VersionSummary summary(PublishedReport p, Viewer viewer) {
        return new VersionSummary(p.period(), p.version(), p.sha256(),
                viewer.sees(KIND, "published_by", null) ? p.publishedBy() : null, p.publishedAt().toString(),
                p.note());
    }
}
