package org.kuzet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The public portal shows published incidents only, finds names across scripts, and never shows secrets. */
/**
 * The list, its facets and its downloads count every published incident: the class has a database of its own, with
 * one fixture made before its tests; a test that adds incidents the others would count removes them again.
 */
@SpringBootTest
@AutoConfigureMockMvc
@OwnDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPortalTest {

    private static final String SECRET = "CONFIDENTIAL-MARKER-7731";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublicIncidents incidents;

    long kostanay;
    long astana;
    long draft;

    @BeforeAll
    void fixture() {
        long tobolinfo = actor("TobolInfo", "ТоболИнфо");
        long azattyk = actor("Азаттык", "Azattyq");
        kostanay = incident("Judge removed a TobolInfo journalist from an open hearing", "2024-03-01", "month",
                "kz-kostanay", "judicial_transparency_violation", "published");
        victim(kostanay, tobolinfo, "TobolInfo journalist", "journalist");
        astana = incident("Police obstructed journalists filming in Astana", "2024-03-01", "month", "kz-astana",
                "interference_professional_activity", "published");
        victim(astana, azattyk, "Azattyk journalists", "journalist");
        draft = incident("Draft incident " + SECRET, "2024-03-05", "day", "kz-almaty", "threats", "draft");
        jdbc.sql("insert into statement (speaker_name, speaker_role, made_on, date_precision, stance, summary) "
                + "values ('Court press service', 'spokesperson', date '2024-03-20', 'day', 'rebuttal', "
                + "'The hearing was closed to protect banking secrecy.') returning id").query(Long.class).optional()
                .ifPresent(s -> jdbc.sql("insert into statement_incident values (?, ?)").params(s, kostanay).update());
    }

    @Test
    void theListShowsPublishedIncidentsOnly() throws Exception {
        String page = html("/incidents");
        assertThat(page).contains("TobolInfo journalist from an open hearing", "Police obstructed journalists")
                .doesNotContain("Draft incident").doesNotContain(SECRET);
        mvc.perform(get("/incidents/" + draft)).andExpect(status().isNotFound());
    }

    @Test
    void aNameWrittenInTheOtherScriptFindsTheIncident() throws Exception {
        assertThat(html("/incidents?q=Азаттық")).contains("Police obstructed journalists")
                .doesNotContain("TobolInfo journalist from");
        assertThat(html("/incidents?q=Тоболинфо")).contains("TobolInfo journalist from an open hearing");
    }

    @Test
    void theListShowsWhereTheWordsMatched() throws Exception {
        jdbc.sql("update incident set summary = 'Officers covered the lens of the Azattyk crew with their hands.' "
                + "where id = ?").param(astana).update();
        assertThat(html("/incidents?q=lens")).contains("<p class=\"passage\">", "the <mark>lens</mark> of the");
        assertThat(html("/incidents")).doesNotContain("class=\"passage\"");
    }

    @Test
    void aSearchThatFindsNothingListsNothingAndADraftIsNeverFound() throws Exception {
        assertThat(html("/incidents?q=Qwzxv")).doesNotContain("TobolInfo journalist from")
                .doesNotContain("Police obstructed journalists");
        assertThat(html("/incidents?q=Draft")).doesNotContain(SECRET);
        assertThat(html("/incidents?q=50%25_")).doesNotContain("Police obstructed journalists");
    }

    @Test
    void theMonthFacetCountsPublishedIncidentsPerMonth() throws Exception {
        assertThat(incidents.facets(PublicListFilter.NONE, "en").get("month"))
                .extracting(PublicIncidents.Facet::code, PublicIncidents.Facet::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2024-03", 2L));
        assertThat(html("/incidents")).contains("<option value=\"2024-03\">2024-03 (2)</option>");
    }

    @Test
    void theWorkedOutListsSelectWhatTheSubqueriesSelect() {
        PublicListFilter region = new PublicListFilter(null, null, null, "kz-kostanay-region", null, null, null, null);
        PublicListFilter.Sql fastRegion = region.where(true, incidents.resolve(region, true));
        assertThat(fastRegion.where()).doesNotContain("select");
        assertThat(ids(fastRegion)).isEqualTo(ids(region.where(true))).containsExactly(kostanay);
        // the words are looked up in the search index: the list's SQL only holds their ids
        PublicListFilter words = new PublicListFilter("journalist", null, null, "kz-astana", null, null, null, null);
        PublicListFilter.Sql fastWords = words.where(true, incidents.resolve(words, true));
        assertThat(fastWords.where()).doesNotContain("select");
        assertThat(ids(fastWords)).containsExactly(astana);
        PublicListFilter alias = new PublicListFilter("Azattyq", null, null, null, null, null, null, null);
        assertThat(ids(alias.where(false, incidents.resolve(alias, false)))).containsExactly(astana);
    }

    @Test
    void aWordOnlyConfidentialNotesOrADraftHoldFindsNothingForThePublicAndStaffFindTheDraft() throws Exception {
        jdbc.sql("update incident set confidential_notes = 'the source asked for Vorpalmark protection' where id = ?")
                .param(kostanay).update();
        jdbc.sql("update incident set title = 'Draft about Vorpalmark' where id = ?").param(draft).update();
        String publicList = html("/incidents?q=Vorpalmark");
        assertThat(publicList).doesNotContain("TobolInfo journalist from an open hearing")
                .doesNotContain("Draft about Vorpalmark").doesNotContain("Police obstructed journalists");
        assertThat(mvc.perform(get("/incidents.csv?q=Vorpalmark")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).lines().skip(1).toList())
                // (the first line is the note, which repeats the visitor's own words)
                .noneMatch(line -> line.contains("TobolInfo") || line.contains("Vorpalmark"));
        PublicListFilter words = new PublicListFilter("Vorpalmark", null, null, null, null, null, null, null);
        assertThat(incidents.resolve(words, false).ids()).isEmpty();
        String staffList = mvc.perform(get("/staff/incidents?q=Vorpalmark").with(user("portal.monitor").roles("MONITOR"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        // the draft's title is the staff's to search; confidential notes are sealed at rest and searched by nobody
        assertThat(staffList).contains("Draft about Vorpalmark")
                .doesNotContain("TobolInfo journalist from an open hearing")
                .doesNotContain("Police obstructed journalists");
    }

    private java.util.List<Long> ids(PublicListFilter.Sql sql) {
        return jdbc.sql("select i.id from incident i" + sql.where() + " order by i.id").params(sql.params())
                .query(Long.class).list();
    }

    @Test
    void filteringByRegionKeepsTheTownsOfThatRegion() throws Exception {
        assertThat(html("/incidents?region=kz-kostanay-region")).contains("TobolInfo journalist from")
                .doesNotContain("Police obstructed journalists");
    }

    @Test
    void theIncidentPageShowsTheReplyBesideTheAllegation() throws Exception {
        assertThat(html("/incidents/" + kostanay)).contains("Court press service", "banking secrecy");
    }

    @Test
    void thePagesSpeakRussianAndKazakh() throws Exception {
        assertThat(html("/incidents?lang=ru")).contains("Нарушения", "Костанай");
        assertThat(html("/incidents?lang=kk")).contains("Бұзушылықтар", "Қостанай");
    }

    @Test
    void theCsvDownloadHoldsTheFilteredRows() throws Exception {
        String csv = mvc.perform(get("/incidents.csv?region=kz-astana")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.List<String> lines = csv.replace("\uFEFF", "").lines().toList();
        assertThat(lines).hasSize(3); // the note, the header, the row
        assertThat(lines.get(2)).contains(String.valueOf(astana), "2024-03", "kz-astana",
                "interference_professional_activity");
        assertThat(csv).doesNotContain(SECRET);
    }

    @Test
    void theAtomFeedListsPublishedIncidentsOnly() throws Exception {
        String feed = mvc.perform(get("/feed.atom")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(feed).contains("<feed", "TobolInfo journalist from an open hearing").doesNotContain(SECRET);
    }

    @Test
    void theActorPageListsTheirPublishedIncidentsAndTheChartsCountRegions() throws Exception {
        long actor = jdbc.sql("select actor_id from incident_victim where incident_id = ?").param(astana)
                .query(Long.class).single();
        long legalCase = jdbc.sql("insert into legal_case (title, kind, stage, opened_on, opened_precision, direction) "
                + "values ('Accreditation dispute with the ministry', 'administrative', 'first_instance', "
                + "date '2025-01-01', 'year', 'brought_by_media') returning id").query(Long.class).single();
        jdbc.sql("insert into legal_case_party (case_id, position, actor_id, name, role) values (?, 0, ?, 'Azattyq', "
                + "'plaintiff')").params(legalCase, actor).update();
        assertThat(html("/actors/" + actor)).contains("Azattyq", "Police obstructed journalists",
                "Accreditation dispute with the ministry", "plaintiff");
        assertThat(html("/charts")).contains("region-tiles", "kz-kostanay-region");
        String data = mvc.perform(get("/charts/data.json")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(data).contains("\"by_category\"", "judicial_transparency_violation");
    }

    @Test
    void theYearlyChartReachesBackWithTheFiguresOfThePublishedReports() throws Exception {
        // a March 2019 report that printed 7 + 13 + 6 reports in the three groups (the wording of seed 002)
        long source = jdbc.sql("insert into source (kind, title) values ('monitoring_report', 'March 2019') "
                + "returning id").query(Long.class).single();
        long report = jdbc.sql("insert into archive_report (sha256, file_name, month, year, source_id, extraction) "
                + "values (repeat('a', 64), '2019-03.txt', date '2019-03-01', 2019, ?, '{}') returning id")
                .param(source).query(Long.class).single();
        String[][] counts = {{"rights_violations", "7"}, {"access_to_information", "13"}, {"legal_claims", "6"},
            {"refusal_of_information", "9"}};
        for (String[] c : counts) {
            jdbc.sql("insert into published_count (report_id, month, year, category_code, value) "
                    + "values (?, date '2019-03-01', 2019, ?, ?)")
                    .params(report, c[0], Integer.parseInt(c[1])).update();
        }
        String data = mvc.perform(get("/charts/data.json")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(data).contains("\"yearly_published\":{\"2019\":26}");
        jdbc.sql("delete from archive_report where id = ?").param(report).update();
    }

    @Test
    void unknownFilterValuesOfADownloadAreRefusedNamingEachParameter() throws Exception {
        mvc.perform(get("/incidents.csv?category=nonsense&region=xyz&lang=zz&verification=confirmed"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("category", "region", "lang")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("xyz"))));
        mvc.perform(get("/incidents.json?victimKind=robot&month=0000-01")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("victimKind", "month")));
    }

    @Test
    void theListPageShowsWhichFilterValueNamesNothing() throws Exception {
        String page = mvc.perform(get("/incidents?verification=maybe").accept(MediaType.TEXT_HTML)
                        .header("Accept-Language", "ru"))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("verification").contains("Выберите одно из").contains("maybe")
                .doesNotContain("TobolInfo journalist from");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsAFormulaAreNeutralised() throws Exception {
        long[] formulas = {
            incident("=HYPERLINK(\"http://example.org\",\"x\")", "2024-04-01", "day", "kz-astana", "threats",
                    "published"),
            incident("-5 journalists detained", "2024-04-02", "day", "kz-astana", "threats", "published"),
            incident("@SUM(A1:A9)", "2024-04-03", "day", "kz-astana", "threats", "published")};
        String csv = mvc.perform(get("/incidents.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        // the other tests count the fixture's incidents only
        for (long id : formulas) {
            jdbc.sql("delete from incident where id = ?").param(id).update();
        }
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\"", ",'-5 journalists detained,",
                ",'@SUM(A1:A9),").doesNotContain("\"=HYPERLINK").doesNotContain(",-5 journalists");
    }

    @Test
    void unknownPagesAnswerWithAFriendlyNotFound() throws Exception {
        mvc.perform(get("/incidents/999999")).andExpect(status().isNotFound());
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private long actor(String name, String alias) {
        long id = jdbc.sql("insert into actor (kind, actor_type, name) values ('organisation', 'media_outlet', ?) "
                + "returning id").param(name).query(Long.class).single();
        for (String a : new String[] {name, alias}) {
            jdbc.sql("insert into actor_alias (actor_id, alias, key) values (?, ?, ?)")
                    .params(id, a, org.kuzet.spelling.Spelling.key(a)).update();
        }
        return id;
    }

    private long incident(String title, String date, String precision, String place, String category, String state) {
        return jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, confidential_notes, published_at)
                values (?, 'summary', ?, ?, ?, ?, ?, ?, case when ? = 'published' then now() end) returning id""")
                .params(title, LocalDate.parse(date), precision, place, category, state, SECRET, state)
                .query(Long.class).single();
    }

    private void victim(long incident, long actor, String name, String kind) {
        jdbc.sql("insert into incident_victim (incident_id, position, actor_id, name, victim_kind, contact) "
                + "values (?, 0, ?, ?, ?, ?)").params(incident, actor, name, kind, SECRET).update();
    }
}
