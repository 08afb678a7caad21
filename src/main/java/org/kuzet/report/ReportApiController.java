package org.kuzet.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
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
 * staff may add {@code live=true} to see the report the data gives now. Editors publish; staff see the difference
 * between the data now and the published version.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

    private static final java.util.Set<String> STAFF = java.util.Set.of("ROLE_ADMIN", "ROLE_EDITOR", "ROLE_MONITOR",
            "ROLE_CORRESPONDENT");

    private final ReportDesk desk;
    private final ObjectMapper json;

    ReportApiController(ReportDesk desk, ObjectMapper json) {
        this.desk = desk;
        this.json = json;
    }

    @GetMapping("/{file:.+\\.(?:html|md|pdf|csv|json)}")
    ResponseEntity<byte[]> download(@PathVariable String file, @RequestParam(required = false) String lang,
            @RequestParam(required = false) Integer version, @RequestParam(defaultValue = "false") boolean live,
            Authentication auth) {
        int dot = file.lastIndexOf('.');
        String format = file.substring(dot + 1);
        ReportRequest request = ReportRequest.of(file.substring(0, dot), lang);
        if (live && !isStaff(auth)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "The live report needs a staff account.");
        }
        ReportDesk.Content content = live ? desk.live(request.period(), request.lang())
                : desk.published(request.period(), request.lang(), version);
        return Rendition.of(format, request, content, json);
    }

    @PostMapping("/{period}/publish")
    ResponseEntity<Map<String, Object>> publish(@PathVariable String period,
            @RequestBody(required = false) JsonNode body, Authentication auth) {
        if (auth == null || auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .noneMatch(a -> a.equals("ROLE_EDITOR") || a.equals("ROLE_ADMIN"))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only an editor or an admin publishes reports.");
        }
        String note = null;
        if (body != null && body.has("note")) {
            if (!body.get("note").isString()) {
                throw InvalidInput.of("note", "must be text");
            }
            note = body.get("note").stringValue();
        }
        PublishedReport published = desk.publish(ReportRequest.of(period, "en").period(), auth.getName(), note);
        return ResponseEntity.status(HttpStatus.CREATED).body(summary(published));
    }

    @GetMapping("/{period}/versions")
    List<Map<String, Object>> versions(@PathVariable String period) {
        return desk.versions(ReportRequest.of(period, "en").period()).stream().map(ReportApiController::summary)
                .toList();
    }

    @GetMapping("/{period}/diff")
    ReportDiff diff(@PathVariable String period, @RequestParam(required = false) String lang, Authentication auth) {
        if (!isStaff(auth)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "The difference needs a staff account.");
        }
        ReportRequest request = ReportRequest.of(period, lang);
        return desk.diff(request.period(), request.lang())
                .orElseThrow(() -> new NotFound("The report for " + period + " is not published."));
    }

    private static boolean isStaff(Authentication auth) {
        return auth != null && auth.isAuthenticated() && auth.getAuthorities().stream()
                .anyMatch(a -> STAFF.contains(a.getAuthority()));
    }

    private static Map<String, Object> summary(PublishedReport p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", p.period());
        m.put("version", p.version());
        m.put("sha256", p.sha256());
        m.put("published_by", p.publishedBy());
        m.put("published_at", p.publishedAt().toString());
        m.put("note", p.note());
        return m;
    }
}
