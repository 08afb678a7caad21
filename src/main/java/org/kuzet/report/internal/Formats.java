package org.kuzet.report.internal;

import org.kuzet.report.Lang;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kuzet.web.CsvCells;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import tools.jackson.databind.ObjectMapper;

/**
 * The formats a report is downloaded in. HTML and PDF are made from the Markdown text (the PDF with DejaVu Sans,
 * so that Cyrillic and the Kazakh letters ә ғ қ ң ө ұ ү һ і print); CSV and JSON carry the figures.
 */
public final class Formats {

    private Formats() {
    }

    /** The report file's own style: it is one file to keep, so it carries it (see {@code SecurityHeaders}). */
    public static final String STYLE = "body{font-family:'DejaVu Sans',sans-serif;max-width:50em;margin:2em auto;"
            + "padding:0 1em;line-height:1.45}h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.5em}h3,h4{font-size:1em}";

    public static String html(String markdown, Lang lang, String title) {
        String body = HtmlRenderer.builder().escapeHtml(true).build().render(Parser.builder().build().parse(markdown));
        return "<!DOCTYPE html>\n<html lang=\"" + lang.code() + "\"><head><meta charset=\"utf-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + org.jsoup.nodes.Entities.escape(title) + "</title>"
                + "<style>" + STYLE + "</style>"
                + "</head><body>\n" + body + "</body></html>\n";
    }

    /** The report as PDF/A-3 with its figures attached (see {@link ArchivePdf}). */
    public static byte[] pdf(String html, ArchivePdf.Edition edition) {
        return ArchivePdf.write(html, edition);
    }

    /** Any page printed as PDF/A-3 the way reports are, with nothing attached (see {@link ArchivePdf#page}). */
    public static byte[] printedPage(String html, String title, String subject, String keywords, Lang lang) {
        return ArchivePdf.page(html, new ArchivePdf.About(title, subject, keywords, lang, null));
    }

    /** One line per figure: period, figure, value. */
    public static String csv(String period, Map<String, Long> figures) {
        return csv(period, figures, null, null);
    }

    /** One line per figure; a published version's lines also name the version and its SHA-256. */
    public static String csv(String period, Map<String, Long> figures, Integer version, String sha256) {
        StringWriter out = new StringWriter();
        String[] header = version == null ? new String[] {"period", "figure", "value"}
                : new String[] {"period", "figure", "value", "version", "sha256"};
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
            for (Map.Entry<String, Long> e : figures.entrySet()) {
                csv.printRecord(version == null ? CsvCells.row(period, e.getKey(), e.getValue())
                        : CsvCells.row(period, e.getKey(), e.getValue(), version, sha256));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String json(ObjectMapper mapper, String period, Integer version, Map<String, Long> figures) {
        return json(mapper, period, version, null, figures);
    }

    public static String json(ObjectMapper mapper, String period, Integer version, String sha256, Map<String, Long> figures) {
        Map<String, Object> doc = new java.util.LinkedHashMap<>();
        doc.put("period", period);
        if (version != null) {
            doc.put("version", version);
            doc.put("sha256", sha256);
        }
        doc.put("figures", figures);
        return mapper.writeValueAsString(doc);
    }

    /** The Markdown text; a published version's ends by naming the version and its SHA-256. */
    public static String markdown(String text, Integer version, String sha256) {
        return version == null ? text
                : text.stripTrailing() + "\n\n---\n\nVersion " + version + " · SHA-256 `" + sha256 + "`\n";
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
