package org.kuzet.portal.internal;

import io.swagger.v3.oas.annotations.Operation;
import org.kuzet.portal.PublicIncidents;
import org.kuzet.portal.PublicListFilter;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kuzet.web.CsvCells;
import org.kuzet.core.Languages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public list as files (CSV, JSON) and as an Atom feed of newly published incidents. */
@RestController
class PortalDownloads {

    /** The CSV's columns: every public field; lists in one cell each ("; " between items, URLs between spaces). */
    private static final String[] COLUMNS = {"id", "date", "title", "summary", "date_precision", "date_from",
        "date_to", "place_code", "place", "primary_category", "category", "further_categories",
        "further_category_labels", "people_affected", "victims", "perpetrators", "verification",
        "verification_label", "source_urls", "revision", "published_at", "url", "title_language"};

    /** How many incidents a feed holds, newest first. */
    private static final int ENTRIES = 50;

    private final PublicIncidents incidents;
    private final IncidentDownloads export;
    private final MessageSource messages;
    private final KnownFilterValues knownValues;
    private final DownloadNote note;
    private final JsonMapper json;
    private final FinishedDownloads finished;

    PortalDownloads(PublicIncidents incidents, IncidentDownloads export, MessageSource messages,
            KnownFilterValues knownValues, DownloadNote note, JsonMapper json, FinishedDownloads finished) {
        this.finished = finished;
        this.incidents = incidents;
        this.export = export;
        this.messages = messages;
        this.knownValues = knownValues;
        this.note = note;
        this.json = json;
    }

    /** The JSON download's shape (for its description: the file itself is written as it is read). */
    @Schema(name = "IncidentDownload")
    record JsonDownload(String note, String filter, Map<String, String> parameters, long selected, long published,
            List<IncidentDownloads.Entry> incidents) {
    }

    @Operation(summary = "Published incidents as CSV, every public field, with the public list's filters")
    @GetMapping("/incidents.csv")
    void csv(PublicListFilter filter, @RequestParam(name = "lang", required = false) String askedLang, Locale locale,
            HttpServletResponse response) throws IOException {
        knownValues.require(filter, askedLang);
        CsvCells.answerAsFile(response, "kuzet-incidents.csv");
        String base = baseUrl();
        finished.send(List.of("csv", filter.queryString(), Languages.of(locale), base), response.getOutputStream(),
                out -> {
                    // one buffer in front of the encoder: a row is written in dozens of small pieces
                    Writer writer = new java.io.BufferedWriter(CsvCells.writer(out), 1 << 16);
                    // the note is a comment line above the header: readers that know '#' skip it, a spreadsheet
                    // shows it
                    writer.write("# " + note.of(filter, locale).text().replace('\n', ' ') + "\r\n");
                    CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get().print(writer);
                    export.each(filter, locale, base, entry -> print(csv, entry));
                    csv.flush();
                });
    }

    /**
     * The JSON download, written as it is read (a list of 100,000 incidents is never held whole): what it holds
     * (the note, the filter in words and as parameters, how many of how many) and the incidents.
     */
    @Operation(summary = "Published incidents as JSON, every public field, with the public list's filters")
    @ApiResponse(responseCode = "200", description = "What the file holds, and the incidents", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = JsonDownload.class)))
    @GetMapping("/incidents.json")
    void json(PublicListFilter filter, @RequestParam(name = "lang", required = false) String askedLang,
            Locale locale, HttpServletResponse response) throws IOException {
        knownValues.require(filter, askedLang);
        DownloadNote.Note n = note.of(filter, locale);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=kuzet-incidents.json");
        String base = baseUrl();
        finished.send(List.of("json", filter.queryString(), Languages.of(locale), base), response.getOutputStream(),
                stream -> writeJson(stream, filter, locale, n, base));
    }

    private void writeJson(java.io.OutputStream stream, PublicListFilter filter, Locale locale, DownloadNote.Note n,
            String base) {
        try (JsonGenerator out = json.createGenerator(stream)) {
            out.writeStartObject();
            out.writeStringProperty("note", n.text());
            out.writeStringProperty("filter", n.filter());
            out.writePOJOProperty("parameters", filter.asParams());
            out.writeNumberProperty("selected", n.selected());
            out.writeNumberProperty("published", n.published());
            out.writeName("incidents");
            out.writeStartArray();
            export.each(filter, locale, base, out::writePOJO);
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    @Operation(summary = "The newest published incidents as an Atom feed, with the public list's filters")
    @GetMapping(value = "/feed.atom", produces = "application/atom+xml;charset=UTF-8")
    String feed(PublicListFilter filter, @RequestParam(name = "lang", required = false) String askedLang,
            Locale locale) throws FeedException {
        knownValues.require(filter, askedLang);
        String lang = Languages.of(locale);
        String query = filter.queryString().isEmpty() ? "" : "?" + filter.queryString();
        String service = messages.getMessage("app.name", null, locale);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(messages.getMessage("feed.title", null, locale)
                + (query.isEmpty() ? "" : " (" + note.describe(filter, lang, locale) + ")"));
        feed.setLink(baseUrl() + "/incidents" + query);
        feed.setUri(baseUrl() + "/feed.atom" + query);
        feed.setLanguage(lang);
        com.rometools.rome.feed.synd.SyndPersonImpl author = new com.rometools.rome.feed.synd.SyndPersonImpl();
        author.setName(service);
        feed.setAuthors(List.of(author)); // an Atom <author> (setAuthor writes a Dublin Core creator instead)
        List<SyndEntry> entries = new java.util.ArrayList<>();
        for (PublicIncidents.Published p : incidents.recentlyPublished(filter, ENTRIES, lang)) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setAuthor(service); // Atom wants an author per entry (or the feed's); the service vouches for it
            entry.setTitle(p.title() + onlyIn(p.titleLanguage(), lang, locale));
            entry.setLink(baseUrl() + "/incidents/" + p.id());
            entry.setUri(baseUrl() + "/incidents/" + p.id());
            entry.setPublishedDate(Date.from(p.publishedAt().toInstant()));
            entry.setUpdatedDate(Date.from(p.publishedAt().toInstant()));
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(p.date() + " · " + p.category() + ". " + p.summary());
            entry.setDescription(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        // Atom's feed-level <updated> is required: the newest entry's, or now for a filter that finds none
        feed.setPublishedDate(entries.isEmpty() ? new Date() : entries.getFirst().getPublishedDate());
        return new SyndFeedOutput().outputString(feed);
    }

    private static void print(CSVPrinter csv, IncidentDownloads.Entry e) {
        try {
            csv.printRecord(CsvCells.row(e.id(), e.date(), e.title(), e.summary(), e.datePrecision(), e.dateFrom(),
                    e.dateTo(), e.placeCode(), e.place(), e.primaryCategory(), e.category(),
                    join(e.furtherCategories(), IncidentDownloads.Named::code, "; "),
                    join(e.furtherCategories(), IncidentDownloads.Named::label, "; "), e.peopleAffected(),
                    join(e.victims(), PortalDownloads::person, "; "), join(e.perpetrators(), PortalDownloads::person,
                            "; "), e.verification(), e.verificationLabel(),
                    join(e.sources(), IncidentDownloads.Source::url, " "), e.revision(), e.publishedAt(), e.url(),
                    e.titleLanguage()));
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /** " (in Russian only)" after a text shown in another language than the one asked for, else nothing. */
    private String onlyIn(String shown, String lang, Locale locale) {
        return shown == null || shown.equals(lang) ? ""
                : " (" + messages.getMessage("text.only." + shown, null, locale) + ")";
    }

    /** "Name (Journalist, editor)": the person with their kind in the visitor's language and their role. */
    private static String person(IncidentDownloads.Person p) {
        String about = p.role() == null ? p.kindLabel() : p.kindLabel() + ", " + p.role();
        return about == null ? p.name() : p.name() + " (" + about + ")";
    }

    private static <T> String join(List<T> items, Function<T, String> text, String between) {
        return items.stream().map(text).filter(java.util.Objects::nonNull).collect(Collectors.joining(between));
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
