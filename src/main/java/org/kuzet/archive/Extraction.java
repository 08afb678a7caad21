package org.kuzet.archive;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read from one report: the month, the figures with where they were found, multi-year indicators,
 * narrative items, and what could not be used. A figure is here only when the text states it. A yearly page has a
 * {@code year} and no month: its figures are the year's.
 */
public record Extraction(String file, ReportText report, YearMonth month, LocalDate published, List<Figure> figures,
                         List<Indicator> indicators, List<NarrativeItem> items, List<String> warnings,
                         List<UnusedLine> unused, Year year) {

    /** A monthly report's extraction (no year of its own beside the month). */
    public Extraction(String file, ReportText report, YearMonth month, LocalDate published, List<Figure> figures,
                      List<Indicator> indicators, List<NarrativeItem> items, List<String> warnings,
                      List<UnusedLine> unused) {
        this(file, report, month, published, figures, indicators, items, warnings, unused, null);
    }

    /** What the report covers, as written on the review page: the month (2024-03), else the year (2018), else null. */
    public String period() {
        return month != null ? month.toString() : year != null ? year.toString() : null;
    }

    /** The same extraction read as a yearly page of that year, with no month. */
    public Extraction asYear(Year covered) {
        return new Extraction(file, report, null, published, figures, indicators, items, warnings, unused, covered);
    }

    public Optional<Long> value(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).map(Figure::value).findFirst();
    }

    /** The figures of one family (counts, new_cases, ytd, previous_year), by code, in text order. */
    public Map<String, Long> family(String family) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (f.family().equals(family) && !f.code().isEmpty()) {
                out.put(f.code(), f.value());
            }
        }
        return out;
    }

    /** The same extraction with some figures set by a person (key to value); a null value removes the figure. */
    public Extraction corrected(Map<String, Long> corrections, YearMonth correctedMonth) {
        List<Figure> out = new ArrayList<>();
        for (Figure f : figures) {
            if (!corrections.containsKey(f.key())) {
                out.add(f);
            } else if (corrections.get(f.key()) != null) {
                out.add(f.withValue(corrections.get(f.key())));
            }
        }
        corrections.forEach((key, value) -> {
            if (value != null && out.stream().noneMatch(f -> f.key().equals(key))) {
                out.add(new Figure(key, value, -1, -1, "entered by hand"));
            }
        });
        return new Extraction(file, report, correctedMonth != null ? correctedMonth : month, published, out,
                indicators, items, warnings, unused, correctedMonth != null ? null : year);
    }

    /** The output contract of {@code archive-import --json} (docs/archive-import.md). */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file);
        json.put("sha256", report.sha256());
        if (month != null) {
            json.put("month", month.toString());
        } else if (year != null) {
            json.put("year", year.getValue());
        }
        if (published != null) {
            json.put("published", published.toString());
        }
        json.put("counts", family("counts"));
        for (String single : List.of("judicial_acts", "in_favor_of_media", "damages_claimed_kzt",
                "damages_collected_kzt")) {
            value(single).ifPresent(v -> json.put(single, v));
        }
        for (String family : List.of("new_cases", "ytd", "previous_year")) {
            Map<String, Long> values = family(family);
            if (!values.isEmpty() || family.equals("ytd")) {
                json.put(family, values);
            }
        }
        json.put("indicators", indicators.stream().map(Extraction::indicator).toList());
        json.put("items", items.stream().map(Extraction::item).toList());
        json.put("warnings", warnings);
        json.put("unused_lines", unused.stream().map(u -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("paragraph", u.paragraph());
            m.put("text", u.text());
            m.put("reason", u.reason());
            return m;
        }).toList());
        json.put("found_at", figures.stream().filter(f -> f.start() >= 0).map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", f.key());
            m.put("start", f.start());
            m.put("end", f.end());
            return m;
        }).toList());
        return json;
    }

    private static Map<String, Object> indicator(Indicator i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", i.value());
        if (!i.qualifier().isEmpty()) {
            m.put("qualifier", i.qualifier());
        }
        if (i.sinceYear() != null) {
            m.put("since_year", i.sinceYear());
        }
        if (i.year() != null) {
            m.put("year", i.year());
        }
        m.put("what", i.what());
        m.put("wording", i.wording());
        return m;
    }

    private static Map<String, Object> item(NarrativeItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (i.date() != null) {
            m.put("date", i.date().toString());
            m.put("date_precision", i.date().precision().code());
        }
        if (i.place() != null) {
            m.put("place", i.place());
        }
        m.put("places", i.places());
        m.put("outlets", i.outlets());
        m.put("people", i.people());
        if (i.category() != null) {
            m.put("category", i.category());
        }
        m.put("context", i.context());
        if (i.contextKind() != null) {
            m.put("context_kind", i.contextKind());
        }
        m.put("title", i.title());
        m.put("text", i.text());
        return m;
    }
}
