package org.kuzet.exchange.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kuzet.incident.IncidentFilter;
import org.kuzet.incident.IncidentSearch;
import org.kuzet.security.Viewer;
import org.kuzet.web.CsvCells;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/v1/exports/sdg-16-10-1.csv} and {@code .json}: the cases of SDG indicator 16.10.1 among published
 * incidents ({@link SdgCases}), with the incident list's place and date filters. The public page
 * {@code /sdg-16-10-1} says what is in scope and why.
 */
@RestController
@Tag(name = "Exchange formats", description = "Incidents in the formats human-rights networks exchange data in")
class SdgController {

    static final String NOTE = "SDG indicator 16.10.1: killing, enforced disappearance, torture, arbitrary "
            + "detention, kidnapping and other harmful acts against journalists, media workers, trade unionists and "
            + "human rights defenders, among published incidents; one case per person and incident. "
            + "\"not recorded\": Kuzet does not record it. Scope: /sdg-16-10-1";

    private final IncidentSearch search;
    private final SdgCases cases;

    SdgController(IncidentSearch search, SdgCases cases) {
        this.search = search;
        this.cases = cases;
    }

    @Operation(summary = "The cases of SDG indicator 16.10.1 among published incidents, as CSV")
    @ApiResponse(responseCode = "200", description = "One line per case, after a comment line saying what it holds",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @GetMapping(value = "/api/v1/exports/sdg-16-10-1.csv")
    void csv(@RequestParam(required = false) String place, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        IncidentFilter filter = filter(place, from, to);
        Writer writer = CsvCells.download(response, "kuzet-sdg-16-10-1.csv");
        writer.write("# " + NOTE + "\r\n");
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(SdgCases.COLUMNS).get().print(writer)) {
            cases.each(filter, base(), c -> print(csv, c));
        }
    }

    @Operation(summary = "The cases of SDG indicator 16.10.1 among published incidents, as JSON")
    @ApiResponse(responseCode = "200", description = "What the list holds, and the cases", useReturnTypeSchema = true)
    @GetMapping(value = "/api/v1/exports/sdg-16-10-1.json", produces = MediaType.APPLICATION_JSON_VALUE)
    SdgCases.Listing json(@RequestParam(required = false) String place, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        List<SdgCases.Case> found = new ArrayList<>();
        cases.each(filter(place, from, to), base(), found::add);
        return new SdgCases.Listing("SDG 16.10.1", NOTE, found);
    }

    /** The incident list's filter, published incidents only, whoever asks. */
    private IncidentFilter filter(String place, String from, String to) {
        return search.filterOf(null, place, from, to, "published", null, null, Viewer.current());
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static void print(CSVPrinter csv, SdgCases.Case c) {
        try {
            csv.printRecord(CsvCells.row(c.caseId(), c.incident(), c.url(), c.victim(), c.status(), c.sex(),
                    c.ageGroup(), c.date(), c.placeCode(), c.place(), c.typeOfAct(), c.perpetratorCategory(),
                    c.motive(), c.twoIndependentSources()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
