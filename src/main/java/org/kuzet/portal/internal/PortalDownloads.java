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
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kuzet.web.CsvCells;
import org.kuzet.core.Languages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public list as files (CSV, JSON) and as an Atom feed of newly published incidents. */
@RestController
class PortalDownloads {

    private static final String[] COLUMNS = {"id", "date", "title", "place_code", "place", "primary_category",
        "category", "verification", "url", "title_language"};

    /** How many incidents a feed holds, newest first. */
    private static final int ENTRIES = 50;

    private final PublicIncidents incidents;
    private final MessageSource messages;
    private final KnownFilterValues knownValues;
    private final DownloadNote note;

    PortalDownloads(PublicIncidents incidents, MessageSource messages, KnownFilterValues knownValues,
            DownloadNote note) {
        this.incidents = incidents;
        this.messages = messages;
        this.knownValues = knownValues;
        this.note = note;
    }

    /** The JSON download: what it holds (the note, the filter, the counts) and the incidents. */
    record JsonDownload(String note, String filter, Map<String, String> parameters, long selected, long published,
            List<PublicIncidents.Row> incidents) {
    }

    @Operation(summary = "Published incidents as CSV, with the public list's filters")
    @GetMapping("/incidents.csv")
    void csv(PublicListFilter filter, @RequestParam(name = "lang", required = false) String askedLang, Locale locale,
            HttpServletResponse response) throws IOException {
        knownValues.require(filter, askedLang);
        String lang = Languages.of(locale);
        String base = baseUrl();
        Writer writer = CsvCells.download(response, "kuzet-incidents.csv");
        // the note is a comment line above the header: readers that know '#' skip it, a spreadsheet shows it
        writer.write("# " + note.of(filter, locale).text().replace('\n', ' ') + "\r\n");
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get().print(writer)) {
            incidents.each(filter, lang, row -> print(csv, row, base));
        }
    }

    @Operation(summary = "Published incidents as JSON, with the public list's filters")
    @GetMapping(value = "/incidents.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JsonDownload> json(PublicListFilter filter,
            @RequestParam(name = "lang", required = false) String askedLang,
            Locale locale) {
        knownValues.require(filter, askedLang);
        List<PublicIncidents.Row> rows = new java.util.ArrayList<>();
        incidents.each(filter, Languages.of(locale), rows::add);
        DownloadNote.Note n = note.of(filter, locale);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=kuzet-incidents.json")
                .body(new JsonDownload(n.text(), n.filter(), filter.asParams(), n.selected(), n.published(), rows));
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

    private static void print(CSVPrinter csv, PublicIncidents.Row row, String base) {
        try {
            csv.printRecord(CsvCells.row(row.id(), row.date(), row.title(), row.placeCode(), row.place(),
                    row.primaryCategory(), row.category(), row.verification(), base + "/incidents/" + row.id(),
                    row.titleLanguage()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** " (in Russian only)" after a text shown in another language than the one asked for, else nothing. */
    private String onlyIn(String shown, String lang, Locale locale) {
        return shown == null || shown.equals(lang) ? ""
                : " (" + messages.getMessage("text.only." + shown, null, locale) + ")";
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
