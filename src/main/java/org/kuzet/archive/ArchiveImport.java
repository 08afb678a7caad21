package org.kuzet.archive;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.core.FieldProblem;
import org.kuzet.api.InvalidInput;
import org.kuzet.calendar.PartialDate;
import org.kuzet.context.ContextEvents;
import org.kuzet.incident.IncidentDesk;
import org.kuzet.incident.IncidentForm;
import org.kuzet.incident.Origin;
import org.kuzet.matching.Months;
import org.kuzet.source.Sources;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores one report's extraction: the report as a source, its figures as published statistics, its narrative
 * items as draft incidents (or draft context events, for a monitor to review). One transaction per report: all of it or nothing. The same file
 * (same SHA-256) a second time changes nothing. The source, the drafts and the context events go in through the
 * doors of their modules, by the rules the API applies: an item whose date, place or category the rules refuse
 * refuses the report, naming the item, and nothing is stored.
 */
@Component
public class ArchiveImport {

    /** What storing a report did. */
    public record Outcome(long reportId, boolean alreadyImported, int counts, int figures, int indicators,
                          int draftIncidents, int contextEvents, List<String> notes) {

        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("report_id", reportId);
            m.put("already_imported", alreadyImported);
            m.put("counts", counts);
            m.put("figures", figures);
            m.put("indicators", indicators);
            m.put("draft_incidents", draftIncidents);
            m.put("context_events", contextEvents);
            m.put("notes", notes);
            return m;
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Sources sources;
    private final IncidentDesk incidents;
    private final ContextEvents contextEvents;

    ArchiveImport(JdbcClient jdbc, Sources sources, IncidentDesk incidents, ContextEvents contextEvents) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.incidents = incidents;
        this.contextEvents = contextEvents;
    }

    /** The report imported from a file with this SHA-256, if any. */
    public Optional<Long> reportWithSha256(String sha256) {
        return jdbc.sql("select id from archive_report where sha256 = ?").param(sha256).query(Long.class).optional();
    }

    @Transactional
    public Outcome store(Extraction e, String user) {
        if (e.month() == null && e.year() == null) {
            throw InvalidInput.of("month", "problem.reportMonthMissing");
        }
        Optional<Long> known = reportWithSha256(e.report().sha256());
        if (known.isPresent()) {
            return new Outcome(known.get(), true, 0, 0, 0, 0, 0, List.of("this file was imported before"));
        }
        List<FieldProblem> problems = new java.util.ArrayList<>();
        for (Figure f : e.figures()) {
            if (f.value() < 0) {
                problems.add(FieldProblem.of(f.key(), "problem.zeroOrMore", f.value()));
            }
            if (f.family().equals("counts") && jdbc.sql("select count(*) from category where code = ?")
                    .param(f.code()).query(Long.class).single() == 0) {
                problems.add(FieldProblem.of(f.key(), "problem.noCategoryCode", f.code()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        // a yearly page keeps its year only: its figures belong to no month
        Date month = e.month() == null ? null : Date.valueOf(e.month().atDay(1));
        int year = e.month() != null ? e.month().getYear() : e.year().getValue();
        long sourceId = sources.record(reportAsSource(e), user);
        Map<String, Object> out = e.toJson();
        long reportId = jdbc.sql("""
                insert into archive_report (sha256, file_name, month, year, period_precision, published_on, source_id,
                                            extraction, warnings, unused_lines, imported_by)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?) returning id""")
                .params(e.report().sha256(), e.file(), month, year, month == null ? "year" : "month",
                        date(e.published()), sourceId, json.writeValueAsString(out),
                        json.writeValueAsString(out.get("warnings")), json.writeValueAsString(out.get("unused_lines")),
                        user)
                .query(Long.class).single();
        int counts = 0;
        int figures = 0;
        for (Figure f : e.figures()) {
            if (f.family().equals("counts")) {
                jdbc.sql("insert into published_count (report_id, month, year, category_code, value, wording) "
                        + "values (?, ?, ?, ?, ?, ?)").params(reportId, month, year, f.code(), f.value(),
                        f.wording()).update();
                counts++;
            } else {
                jdbc.sql("insert into published_figure (report_id, month, year, figure, value, wording) "
                        + "values (?, ?, ?, ?, ?, ?)").params(reportId, month, year, f.key(), f.value(), f.wording())
                        .update();
                figures++;
            }
        }
        int position = 0;
        for (Indicator i : e.indicators()) {
            jdbc.sql("""
                    insert into published_indicator (report_id, position, value, qualifier, since_year, year, what,
                                                     wording)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(reportId, position++, i.value(), i.qualifier(), i.sinceYear(), i.year(), i.what(),
                            i.wording()).update();
        }
        ItemsStored items = storeItems(e, reportId, sourceId, user);
        return new Outcome(reportId, false, counts, figures, e.indicators().size(), items.incidents, items.context,
                items.notes);
    }

    private record ItemsStored(int incidents, int context, List<String> notes) {
    }

    private ItemsStored storeItems(Extraction e, long reportId, long sourceId, String user) {
        int drafts = 0;
        int context = 0;
        List<String> notes = new java.util.ArrayList<>();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        int position = 0;
        for (NarrativeItem item : e.items()) {
            PartialDate when = item.date() != null ? item.date() : e.month() != null
                    ? new PartialDate(e.month().atDay(1), PartialDate.Precision.MONTH)
                    : new PartialDate(e.year().atDay(1), PartialDate.Precision.YEAR);
            try {
                if (item.context()) {
                    // a draft for a monitor to review; one the service recorded before is linked, not repeated
                    ContextEvents.Drafted event = contextEvents.recordDraft(contextEvent(item, when, sourceId), user);
                    jdbc.sql("insert into archive_item (report_id, position, context_event_id, note) "
                            + "values (?, ?, ?, ?)").params(reportId, position, event.id(), event.repeated()
                                    ? "context event " + event.id() + " recorded before: linked" : null).update();
                    context++;
                } else if (item.category() == null || item.category().equals("context")) {
                    String note = "item " + (position + 1) + " (" + item.title() + ") names no category: not stored";
                    jdbc.sql("insert into archive_item (report_id, position, note) values (?, ?, ?)")
                            .params(reportId, position, note).update();
                    notes.add(note);
                } else {
                    long id = incidents.recordDraft(IncidentForm.draft(item.title(), item.text(), when.toString(),
                            item.place(), item.category(), sourceId), null, Origin.archiveReport(user, e.file()))
                            .id();
                    jdbc.sql("insert into archive_item (report_id, position, incident_id) values (?, ?, ?)")
                            .params(reportId, position, id).update();
                    drafts++;
                }
            } catch (InvalidInput refused) {
                // every item is still tried, so that the review page lists all that must be mended at once
                String at = "items[" + position + "]";
                refused.problems().forEach(p -> problems.add(p.within(at)));

            }
            position++;
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ItemsStored(drafts, context, notes);
    }

    /** The report as its source, in the fields of the source API; the archived text's SHA-256 is computed there. */
    private ObjectNode reportAsSource(Extraction e) {
        ObjectNode source = json.createObjectNode();
        source.put("kind", "monitoring_report");
        source.put("title", title(e));
        source.put("published_on", e.published() == null ? null : e.published().toString());
        source.put("archived_text", e.report().text());
        return source;
    }

    /** A context item in the fields of the context event API. */
    private ObjectNode contextEvent(NarrativeItem item, PartialDate when, long sourceId) {
        ObjectNode event = json.createObjectNode();
        event.put("date", when.toString());
        event.put("place", item.place());
        event.put("kind", item.contextKind() == null ? "other" : item.contextKind());
        event.put("title", item.title());
        event.put("description", item.text());
        event.put("source", sourceId);
        return event;
    }

    private static String title(Extraction e) {
        java.util.regex.Pattern monthYear = java.util.regex.Pattern.compile("(?iuU)" + Months.WORD + "\\s+\\d{4}");
        String title = e.report().text().lines().filter(l -> !l.isBlank() && l.length() < 200)
                .filter(l -> monthYear.matcher(l).find()).findFirst().orElse((e.month() != null ? "Monthly report " : "Yearly report ") + e.period());
        return title.strip() + " (" + java.nio.file.Path.of(e.file()).getFileName() + ")";
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
