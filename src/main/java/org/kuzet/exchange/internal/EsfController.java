package org.kuzet.exchange.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kuzet.incident.IncidentFilter;
import org.kuzet.incident.IncidentSearch;
import org.kuzet.security.Viewer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/exports/esf.json}: incidents in HURIDOCS Events Standard Formats, chosen by the incident list's
 * filter (the public: published incidents only), written as they are read; and {@code /api/v1/imports/esf.json}:
 * such a file brought in as drafts (monitors and up).
 */
@RestController
@Tag(name = "Exchange formats", description = "Incidents in the formats human-rights networks exchange data in")
class EsfController {

    private final IncidentSearch search;
    private final EsfWriter writer;
    private final EsfImport importer;
    private final JsonMapper json;

    EsfController(IncidentSearch search, EsfWriter writer, EsfImport importer, JsonMapper json) {
        this.search = search;
        this.writer = writer;
        this.importer = importer;
        this.json = json;
    }

    @Operation(summary = "Incidents as HURIDOCS Events Standard Formats (ESF) JSON, with the incident list's filters")
    @ApiResponse(responseCode = "200", description = "Events with their persons, acts, involvements, information "
            + "and interventions", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = Esf.Document.class)))
    @GetMapping("/api/v1/exports/esf.json")
    void export(@RequestParam(required = false) String category, @RequestParam(required = false) String place,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String state, @RequestParam(required = false) String verification,
            @RequestParam(required = false) String actor, HttpServletResponse response) throws IOException {
        Viewer me = Viewer.current();
        IncidentFilter filter = search.filterOf(category, place, from, to, state, verification, actor, me);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=kuzet-esf.json");
        try (JsonGenerator out = json.createGenerator(response.getOutputStream())) {
            out.writeStartObject();
            out.writeStringProperty("format", Esf.FORMAT);
            out.writeStringProperty("note", "Kuzet incidents as HURIDOCS Events Standard Formats records; fields "
                    + "named kuzet_ are Kuzet's extension. Schema: " + base + "/assets/schemas/kuzet-esf-1.schema.json");
            out.writeName("events");
            out.writeStartArray();
            EveryIncident.each(search, filter, incident -> out.writePOJO(writer.event(incident, me, base)));
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    @Operation(summary = "Import an ESF JSON file as draft incidents, all or nothing; events already recorded "
            + "(by record number) are left as they are")
    @ApiResponse(responseCode = "200", description = "The events recorded, and those already there",
            useReturnTypeSchema = true)
    @PostMapping(value = "/api/v1/imports/esf.json", consumes = MediaType.APPLICATION_JSON_VALUE)
    Esf.ImportResult importFile(@RequestBody Esf.Document document) {
        return importer.importFile(document, Viewer.current());
    }
}
