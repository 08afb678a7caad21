package org.kuzet.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.api.Forbidden;
import org.kuzet.archive.ArchiveImport;
import org.kuzet.archive.Extraction;
import org.kuzet.archive.Figure;
import org.kuzet.archive.ReportText;
import org.kuzet.report.internal.Counting;
import org.kuzet.report.internal.Figures;
import org.kuzet.report.internal.GroupCount;
import org.kuzet.security.Role;
import org.kuzet.security.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * History counts: with the records complete from April 2020, a report of March 2020 takes its month, its year to
 * date, its year-earlier comparison and its art. 158 series from the published monthly reports (and says so in each
 * language), and records of that month do not count; a report of May 2020 takes its year to date from published
 * reports for January to March and from the records for April and May, and says that too. Unset, the records count
 * throughout. Published reports of our own, stored through the archive import; rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class HistoryCountsTest {

    private static final Viewer ADMIN = new Viewer("admin.history", Role.ADMIN);

    @Autowired
    ArchiveImport archive;
    @Autowired
    RecordsStart recordsStart;
    @Autowired
    Counting counting;
    @Autowired
    ReportDesk desk;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void onlyOurPublishedReports() {
        jdbc.sql("delete from archive_report").update();
        jdbc.sql("delete from report_history").update();
        published(YearMonth.of(2019, 3), "counts.rights_violations", 20, "counts.interference_professional_activity", 12,
                "judicial_acts", 5, "in_favor_of_media", 2, "new_cases.criminal", 3);
        published(YearMonth.of(2019, 9), "counts.attacks", 2);
        published(YearMonth.of(2020, 2), "counts.rights_violations", 10, "counts.attacks", 4, "new_cases.civil", 1);
        published(YearMonth.of(2020, 3), "counts.rights_violations", 30, "counts.interference_professional_activity", 9,
                "counts.attacks", 6, "counts.access_to_information", 7, "counts.refusal_of_information", 5,
                "judicial_acts", 6, "in_favor_of_media", 4, "new_cases.criminal", 2, "new_cases.civil", 3,
                "new_cases.honour_dignity", 2, "damages_claimed_kzt", 78_100_000, "damages_collected_kzt", 500_000);
        // a record of March 2020 that the published report of that month stands in for
        new Fixtures(jdbc).published("2020-03-10", "attacks", "kz-almaty", "An attack before the records' start");
    }

    /** A published monthly report, stored as the archive import stores one (figures as entered on its review page). */
    private void published(YearMonth month, Object... keysAndValues) {
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            figures.add(new Figure((String) keysAndValues[i], ((Number) keysAndValues[i + 1]).longValue(), -1, -1,
                    "entered by hand"));
        }
        String text = "Monitoring of freedom of speech, " + month + " (a history test)";
        archive.store(new Extraction("history-" + month + ".txt", ReportText.of("history-" + month + ".txt",
                text.getBytes(StandardCharsets.UTF_8)), month, null, figures, List.of(), List.of(), List.of(),
                List.of()), "test");
    }

    private static GroupCount group(List<GroupCount> groups, String code) {
        return groups.stream().filter(g -> g.group().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aMonthBeforeTheRecordsStartIsCountedFromThePublishedReports() {
        recordsStart.set(YearMonth.of(2020, 4), ADMIN);
        Figures march = counting.figures(Period.month(YearMonth.of(2020, 3)));

        GroupCount rights = group(march.groups(), "rights_violations");
        assertThat(rights.count()).isEqualTo(30);
        assertThat(rights.including()).containsEntry("interference_professional_activity", 9L)
                .containsEntry("attacks", 6L);
        assertThat(group(march.groups(), "access_to_information").count()).isEqualTo(7);
        assertThat(march.court().acts()).isEqualTo(6);
        assertThat(march.court().inFavourOfMedia()).isEqualTo(4);
        assertThat(march.newCases().criminal()).isEqualTo(2);
        assertThat(march.newCases().civilHonour()).isEqualTo(2);
        assertThat(march.newCases().claimedKzt()).isEqualTo(78_100_000);
        // January to March 2020: February's and March's reports
        assertThat(march.yearToDateCases().civil()).isEqualTo(4);
        assertThat(march.yearToDateCases().criminal()).isEqualTo(2);
        assertThat(march.collectedKzt()).isEqualTo(500_000);
        // March 2019
        assertThat(group(march.previousGroups(), "rights_violations").count()).isEqualTo(20);
        assertThat(march.previousCases().criminal()).isEqualTo(3);
        // obstruction and attacks as published: 2019 (March, September), 2020 (February, March)
        assertThat(march.art158()).extracting(y -> y.year() + ":" + y.incidents())
                .containsExactly("2019:14", "2020:19");
        assertThat(march.history().recordsFrom()).isEqualTo(YearMonth.of(2020, 4));
        assertThat(march.history().whollyPublished()).containsOnlyKeys("figures", "court", "new_cases",
                "year_to_date", "comparison", "art158").doesNotContainValue(false);

        assertThat(desk.live(Period.month(YearMonth.of(2020, 3)), Lang.EN).markdown())
                .contains("From published reports: the records are complete from April 2020.");
        assertThat(desk.live(Period.month(YearMonth.of(2020, 3)), Lang.RU).markdown())
                .contains("По опубликованным отчётам: записи полны с апреля 2020 года.");
        assertThat(desk.live(Period.month(YearMonth.of(2020, 3)), Lang.KK).markdown())
                .contains("Жарияланған есептер бойынша: жазбалар 2020 жылғы сәуір айынан бастап толық.");
    }

    @Test
    void aMonthAfterTheStartJoinsPublishedMonthsToTheRecordsAndSaysSo() {
        recordsStart.set(YearMonth.of(2020, 4), ADMIN);
        Period may = Period.month(YearMonth.of(2020, 5));
        long recordedCivil = counting.cases(Period.range(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 5, 31))).civil();
        Figures figures = counting.figures(may);
        assertThat(figures.yearToDateCases().civil()).isEqualTo(recordedCivil + 4);
        assertThat(figures.history().whollyPublished()).containsEntry("year_to_date", false)
                .containsEntry("comparison", false).containsEntry("art158", false)
                .doesNotContainKeys("figures", "court", "new_cases");
        assertThat(desk.live(may, Lang.EN).markdown())
                .contains("Months before April 2020 from published reports, later months from the records.");
        assertThat(desk.live(may, Lang.RU).markdown())
                .contains("Месяцы до апреля 2020 года — по опубликованным отчётам, последующие — по записям.");
    }

    @Test
    void unsetTheRecordsCountThroughoutAndOnlyAnAdministratorSetsIt() {
        Figures march = counting.figures(Period.month(YearMonth.of(2020, 3)));
        assertThat(march.history().whollyPublished()).isEmpty();
        assertThat(group(march.groups(), "rights_violations").including().get("attacks")).isPositive();
        assertThat(desk.live(Period.month(YearMonth.of(2020, 3)), Lang.EN).markdown())
                .doesNotContain("From published reports", "from published reports");
        assertThatThrownBy(() -> recordsStart.set(YearMonth.of(2020, 4), new Viewer("editor.history", Role.EDITOR)))
                .isInstanceOf(Forbidden.class);
        recordsStart.set(YearMonth.of(2020, 4), ADMIN);
        assertThat(recordsStart.completeFrom()).contains(YearMonth.of(2020, 4));
        recordsStart.set(null, ADMIN);
        assertThat(recordsStart.completeFrom()).isEmpty();
    }

    @Test
    void anAdministratorSetsTheMonthOnItsPageAndStaffComparePublishedWithRecorded() throws Exception {
        String page = mvc.perform(get("/staff/admin/history").param("lang", "ru").with(user("admin.history")
                .roles("ADMIN"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Не задано", "2020-03");
        String refused = mvc.perform(post("/staff/admin/history").param("from", "2020-13").param("lang", "kk")
                        .with(csrf()).with(user("admin.history").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("ЖЖЖЖ-АА", "aria-invalid=\"true\"");
        assertThat(recordsStart.completeFrom()).isEmpty();
        mvc.perform(post("/staff/admin/history").param("from", "2020-04").with(csrf())
                .with(user("editor.history").roles("EDITOR"))).andExpect(status().isForbidden());
        mvc.perform(post("/staff/admin/history").param("from", "2020-04").with(csrf())
                .with(user("admin.history").roles("ADMIN"))).andExpect(status().is3xxRedirection());
        assertThat(recordsStart.completeFrom()).contains(YearMonth.of(2020, 4));
        // the yearly chart's printed totals stand for the months before it: 2020's February and March reports
        mvc.perform(get("/charts/data.json")).andExpect(jsonPath("$.yearly_published.2020").value(47))
                .andExpect(jsonPath("$.yearly_published.2019").value(20));
        recordsStart.set(YearMonth.of(2020, 3), ADMIN);
        mvc.perform(get("/charts/data.json")).andExpect(jsonPath("$.yearly_published.2020").value(10));

        // March 2020: the report's 30 against what the records give, side by side, the difference marked
        org.jsoup.nodes.Document compare = org.jsoup.Jsoup.parse(mvc.perform(get("/staff/archive/compare")
                        .param("month", "2020-03").param("lang", "ru").with(user("monitor.history").roles("MONITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(compare.select("#compare-rights_violations").hasClass("differs")).isTrue();
        assertThat(compare.select("#compare-rights_violations td").first().text()).isEqualTo("30");
        assertThat(compare.select("#compare-rights_violations").text()).contains("расходится");
    }
}
