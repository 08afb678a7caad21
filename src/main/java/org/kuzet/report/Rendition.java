package org.kuzet.report;

import org.kuzet.report.internal.ArchivePdf;
import org.kuzet.report.internal.Formats;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.ObjectMapper;

/** A report's content in one of its file formats, as a download: HTML, Markdown, PDF, CSV or JSON. */
public final class Rendition {

    private static final Map<String, MediaType> TYPES = Map.of(
            "html", new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8),
            "md", new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8),
            "pdf", MediaType.APPLICATION_PDF,
            "csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
            "json", MediaType.APPLICATION_JSON);

    private Rendition() {
    }

    public static ResponseEntity<byte[]> of(String format, ReportRequest request, ReportDesk.Content content,
            ObjectMapper json) {
        byte[] body = bytes(format, request.period().key(), request.lang(), content, json);
        String name = "kuzet-report-" + request.period().key() + "-" + request.lang().code() + "." + format;
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(TYPES.get(format))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString());
        if ("html".equals(format)) {
            // read in the browser, the file's own style would be refused by the policy every page carries
            answer.header("Content-Security-Policy", org.kuzet.security.SecurityHeaders.allowingStyle(Formats.STYLE));
        }
        return answer.body(body);
    }

    /** The file; every format of a published version names the same version and SHA-256. */
    public static byte[] bytes(String format, String period, Lang lang, ReportDesk.Content content, ObjectMapper json) {
        String figures = Formats.json(json, period, content.version(), content.sha256(), content.figures());
        return switch (format) {
            case "md" -> Formats.utf8(Formats.markdown(content.markdown(), content.version(), content.sha256()));
            case "html" -> Formats.utf8(Formats.html(content.printedMarkdown(lang), lang, content.title()));
            case "pdf" -> Formats.pdf(Formats.html(content.printedMarkdown(lang), lang, content.title()), new ArchivePdf.Edition(
                    content.title(), lang, period, content.version(), content.sha256(), figures));
            case "csv" -> Formats.utf8(Formats.csv(period, content.figures(), content.version(), content.sha256()));
            default -> Formats.utf8(figures);
        };
    }
}
