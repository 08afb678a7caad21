package org.kuzet.portal.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.kuzet.core.Languages;
import org.kuzet.core.Today;
import org.kuzet.portal.PublicIncidents;
import org.kuzet.report.PrintedPage;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A published incident and a public legal case as a printable PDF in the visitor's language ({@code ?lang=}), made
 * by the reports' PDF machinery ({@link PrintedPage}): the page's facts, the addresses of the redacted copies of its
 * evidence that were published (never an original), its address and its "cite this" line.
 */
@RestController
class PrintedRecords {

    private final PublicIncidents incidents;
    private final PublicCases cases;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final PublishedCopies copies;

    PrintedRecords(PublicIncidents incidents, PublicCases cases, MessageSource messages, ITemplateEngine templates,
            PublishedCopies copies) {
        this.copies = copies;
        this.incidents = incidents;
        this.cases = cases;
        this.messages = messages;
        this.templates = templates;
    }

    @Operation(summary = "A published incident as a printable PDF, in the language of lang")
    @ApiResponse(responseCode = "200", description = "The PDF (PDF/A-3u)", content = @Content(
            mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/incidents/{id}.pdf")
    ResponseEntity<byte[]> incident(@PathVariable long id, Locale locale) {
        String lang = Languages.of(locale);
        PublicIncidents.Detail detail = incidents.detail(id, lang)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, Object> page = new HashMap<>();
        page.put("incident", detail);
        page.put("cases", cases.ofIncident(id, locale));
        page.put("copies", copies.of(id));
        page.put("cite", Cites.incident(messages, locale, detail));
        byte[] pdf = print("portal/print-incident", page, "/incidents/" + id, locale, detail.title(),
                "record=incident/" + id + "; revision=" + detail.revision() + "; lang=" + lang);
        return download(pdf, "kuzet-incident-" + id + "-" + lang + ".pdf");
    }

    @Operation(summary = "A public legal case as a printable PDF, in the language of lang")
    @ApiResponse(responseCode = "200", description = "The PDF (PDF/A-3u)", content = @Content(
            mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/cases/{id}.pdf")
    ResponseEntity<byte[]> legalCase(@PathVariable long id, Locale locale) {
        String lang = Languages.of(locale);
        PublicCases.Shown shown = cases.find(id, locale)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, Object> page = new HashMap<>();
        page.put("legalCase", shown);
        page.put("cite", Cites.legalCase(messages, locale, shown));
        byte[] pdf = print("portal/print-case", page, "/cases/" + id, locale, shown.title(),
                "record=legal_case/" + id + "; revision=" + shown.revision() + "; lang=" + lang);
        return download(pdf, "kuzet-case-" + id + "-" + lang + ".pdf");
    }

    private byte[] print(String template, Map<String, Object> page, String path, Locale locale, String title,
            String keywords) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        Context context = new Context(locale, page);
        context.setVariable("lang", Languages.of(locale));
        context.setVariable("base", base);
        context.setVariable("address", base + path);
        context.setVariable("today", LocalDate.now(Today.CLOCK).toString());
        String subject = messages.getMessage("app.name", null, locale) + " · " + base + path;
        return PrintedPage.pdf(templates.process(template, context), title, subject, keywords, Languages.of(locale));
    }

    /** A file to keep: the browser saves it under its name rather than replacing the page. */
    private static ResponseEntity<byte[]> download(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(pdf);
    }
}
