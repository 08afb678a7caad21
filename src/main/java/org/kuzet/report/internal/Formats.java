package org.kuzet.report.internal;

import org.kuzet.report.Lang;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kuzet.web.CsvCells;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import tools.jackson.databind.ObjectMapper;

/**
 * The formats a report is downloaded in. HTML and PDF are made from the Markdown text (the PDF with DejaVu Sans,
 * so that Cyrillic and the Kazakh letters ә ғ қ ң ө ұ ү һ і print); CSV and JSON carry the figures.
 */
public final class Formats {

    /** DejaVu Sans as packed in the jasperreports-fonts jar. */
    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String FONT_BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

    private Formats() {
    }

    public static String html(String markdown, Lang lang, String title) {
        String body = HtmlRenderer.builder().escapeHtml(true).build().render(Parser.builder().build().parse(markdown));
        return "<!DOCTYPE html>\n<html lang=\"" + lang.code() + "\"><head><meta charset=\"utf-8\"/>"
                + "<title>" + org.jsoup.nodes.Entities.escape(title) + "</title>"
                + "<style>body{font-family:'DejaVu Sans',sans-serif;max-width:50em;margin:2em auto;line-height:1.45}"
                + "h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.5em}h3,h4{font-size:1em}</style>"
                + "</head><body>\n" + body + "</body></html>\n";
    }

    public static byte[] pdf(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font(FONT), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font(FONT_BOLD), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String path) {
        InputStream in = Formats.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("font " + path + " is missing from the class path (jasperreports-fonts)");
        }
        return in;
    }

    /** One line per figure: period, figure, value. */
    public static String csv(String period, Map<String, Long> figures) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("period", "figure", "value")
                .get())) {
            for (Map.Entry<String, Long> e : figures.entrySet()) {
                csv.printRecord(CsvCells.row(period, e.getKey(), e.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String json(ObjectMapper mapper, String period, Integer version, Map<String, Long> figures) {
        Map<String, Object> doc = new java.util.LinkedHashMap<>();
        doc.put("period", period);
        if (version != null) {
            doc.put("version", version);
        }
        doc.put("figures", figures);
        return mapper.writeValueAsString(doc);
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
