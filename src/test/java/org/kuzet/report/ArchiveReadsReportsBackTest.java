package org.kuzet.report;

import org.kuzet.report.internal.GroupCount;
import org.kuzet.report.internal.Figures;
import org.kuzet.report.internal.YearIndicator;
import org.kuzet.report.internal.Kazakh;
import org.kuzet.report.internal.Reports;
import org.kuzet.report.internal.English;
import org.kuzet.report.internal.Russian;
import org.kuzet.report.internal.MarkdownWriter;
import org.kuzet.report.internal.Labels;
import org.kuzet.report.internal.Formats;
import org.kuzet.report.internal.CaseCounts;
import org.kuzet.report.internal.CourtOutcomes;
import org.kuzet.report.internal.Narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kuzet.archive.Extraction;
import org.kuzet.archive.Figure;
import org.kuzet.archive.ReportExtractor;
import org.kuzet.archive.ReportText;
import org.kuzet.matching.TextMatching;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Kuzet reads its own reports back: a report generated from fixed figures (written here, not counted from the
 * database), in English, Russian and Kazakh, as Markdown and as the HTML page, is fed to the archive import, and
 * every figure it states comes back exactly.
 */
@SpringBootTest
class ArchiveReadsReportsBackTest {

    @Autowired
    Labels labels;

    @Autowired
    TextMatching matching;

    /** March 2024 in the shape of seed 002, with sub-counts and cases of every kind; nothing here is counted. */
    static Figures march() {
        Period p = Period.month(YearMonth.of(2024, 3));
        List<GroupCount> groups = List.of(
                new GroupCount("rights_violations", 7L, Map.of("interference_professional_activity", 3L, "threats", 2L,
                        "misuse_of_image", 1L)),
                new GroupCount("access_to_information", 13L, Map.of("refusal_of_information", 9L, "blocking", 2L,
                        "unauthorized_access_ddos", 1L)),
                new GroupCount("legal_claims", 6L, Map.of("civil_claims", 5L, "administrative", 1L)));
        CaseCounts month = new CaseCounts(2, 1, 1, 5, 4, Map.of("administrative", Map.of("kz-ac-73-3", 1L)),
                78_100_000);
        CaseCounts ytd = new CaseCounts(11, 4, 6, 17, 12, Map.of(), 145_560_000);
        List<GroupCount> before = List.of(new GroupCount("rights_violations", 5, Map.of()),
                new GroupCount("access_to_information", 15, Map.of()));
        CaseCounts previous = new CaseCounts(3, 0, 2, 4, 2, Map.of(), 0);
        return new Figures(p, groups, month, new CourtOutcomes(8, 5), p.yearToDate(), ytd, 935_993, p.yearEarlier(),
                before, previous, List.of(new YearIndicator(2022, 50, 3, 1, 0), new YearIndicator(2023, 60, 3, 0, 2)),
                new org.kuzet.inquiry.InquiryFigures(4, 1, 1, 0, 1, 1, List.of()));
    }

    /** The figures the report states, under the archive import's keys. */
    static Map<String, Long> expected(Figures f) {
        Map<String, Long> m = new TreeMap<>();
        for (GroupCount g : f.groups()) {
            if (!g.group().equals("legal_claims")) {
                m.put("counts." + g.group(), g.count());
                g.including().forEach((c, n) -> m.put("counts." + c, n));
                m.put("previous_year." + g.group(), f.previousGroups().stream()
                        .filter(p -> p.group().equals(g.group())).mapToLong(GroupCount::count).findFirst().orElse(0));
            }
        }
        // The claims line states the new cases of the month by kind.
        CaseCounts c = f.newCases();
        m.put("counts.legal_claims", c.total());
        nonZero(m, "counts.criminal_pretrial", c.criminal());
        nonZero(m, "counts.civil_claims", c.civil());
        nonZero(m, "counts.administrative", c.administrative());
        CaseCounts p = f.previousCases();
        m.put("previous_year.legal_cases", p.total());
        m.put("previous_year.criminal", p.criminal());
        m.put("previous_year.civil", p.civil());
        m.put("previous_year.administrative", p.administrative());
        m.put("judicial_acts", f.court().acts());
        m.put("in_favor_of_media", f.court().inFavourOfMedia());
        cases(m, "new_cases.", f.newCases());
        cases(m, "ytd.", f.yearToDateCases());
        m.put("damages_claimed_kzt", f.yearToDateCases().claimedKzt());
        m.put("damages_collected_kzt", f.collectedKzt());
        return m;
    }

    private static void nonZero(Map<String, Long> m, String key, long n) {
        if (n > 0) {
            m.put(key, n);
        }
    }

    private static void cases(Map<String, Long> m, String prefix, CaseCounts c) {
        m.put(prefix + "criminal", c.criminal());
        m.put(prefix + "criminal_in_court", c.criminalInCourt());
        m.put(prefix + "administrative", c.administrative());
        m.put(prefix + "civil", c.civil());
        m.put(prefix + "honour_dignity", c.civilHonour());
    }

    Map<String, Long> readBack(String name, String text) {
        Extraction e = new ReportExtractor(matching.matchers()).extract(name,
                ReportText.of(name, text.getBytes(StandardCharsets.UTF_8)));
        Map<String, Long> got = new TreeMap<>();
        for (Figure fig : e.figures()) {
            got.putIfAbsent(fig.key(), fig.value());
        }
        got.put("month " + e.month(), 0L);
        return got;
    }

    @Test
    void everyFigureComesBackInEveryLanguageAndFormat() {
        Figures f = march();
        Map<String, Long> want = expected(f);
        want.put("month 2024-03", 0L);
        Map<String, Map<String, Long>> wrong = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) {
            String md = new MarkdownWriter(Reports.wording(lang), labels.in(lang)).write(f,
                    new Narrative(List.of(), List.of()));
            String html = Formats.html(md, lang, "report");
            for (Map.Entry<String, String> format : Map.of("md", md, "html", html).entrySet()) {
                String name = "report-" + lang.code() + "." + format.getKey();
                Map<String, Long> got = readBack(name, format.getValue());
                Map<String, Long> diff = new TreeMap<>();
                want.forEach((k, v) -> {
                    if (!v.equals(got.get(k))) {
                        diff.put(k + " (got " + got.get(k) + ")", v);
                    }
                });
                got.forEach((k, v) -> {
                    if (!want.containsKey(k)) {
                        diff.put(k + " not stated, got", v);
                    }
                });
                if (!diff.isEmpty()) {
                    wrong.put(name, diff);
                }
            }
        }
        wrong.forEach((name, diff) -> System.out.println("read back " + name + ": " + diff));
        assertThat(wrong).isEmpty();
    }
}
