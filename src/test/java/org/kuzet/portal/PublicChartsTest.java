package org.kuzet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.OwnDatabase;
import org.kuzet.core.Today;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The charts show exactly the filtered list, on real time axes with zeros, this year marked as not over. */
@SpringBootTest
@AutoConfigureMockMvc
@OwnDatabase // the unfiltered charts count every published incident
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicChartsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void fixture() {
        long a = incident("2022-05-10", "day", "kz-astana", "threats");
        perpetrator(a, "law_enforcement");
        perpetrator(a, "official");
        long b = incident("2024-03-01", "month", "kz-astana", "refusal_of_information");
        perpetrator(b, "state_body");
        incident("2024-01-01", "year", "kz-astana", "threats");
        incident("2024-03-05", "day", "kz-kostanay", "threats");
    }

    @Test
    void theChartsFollowTheFilterOnARealTimeAxis() throws Exception {
        int thisYear = Year.now(Today.KAZAKHSTAN).getValue();
        mvc.perform(get("/charts/data.json?region=kz-astana")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                // May 2022 to March 2024: 23 months, the empty ones as zeros
                .andExpect(jsonPath("$.months.length()").value(23))
                .andExpect(jsonPath("$.months[0].period").value("2022-05"))
                .andExpect(jsonPath("$.months[1].count").value(0))
                .andExpect(jsonPath("$.months[22].count").value(1))
                // 2022 to this year, 2023 a zero, this year marked as not over
                .andExpect(jsonPath("$.years.length()").value(thisYear - 2022 + 1))
                .andExpect(jsonPath("$.years[1].count").value(0))
                .andExpect(jsonPath("$.years[2].count").value(2))
                .andExpect(jsonPath("$.years[2].partial").value(2024 == thisYear))
                .andExpect(jsonPath("$.years[" + (thisYear - 2022) + "].partial").value(true))
                // both groups have data, so both are in the legend; printed report totals only unfiltered
                .andExpect(jsonPath("$.monthly_groups.length()").value(2))
                .andExpect(jsonPath("$.yearly_published").isEmpty())
                .andExpect(jsonPath("$.by_perpetrator[*].code").value(
                        org.hamcrest.Matchers.containsInAnyOrder("law_enforcement", "official", "state_body")));
        mvc.perform(get("/charts/data.json?year=2024&category=threats")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.monthly_groups.length()").value(1))
                .andExpect(jsonPath("$.by_region[*].code").value(
                        org.hamcrest.Matchers.containsInAnyOrder("kz-astana", "kz-kostanay-region")));
    }

    @Test
    void eachChartHasItsFiguresAsATableAndACsv() throws Exception {
        String page = mvc.perform(get("/charts?region=kz-astana&lang=ru")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Нарушений на графиках: 3", "<table class=\"figures\">", "2022-05",
                "/charts/years.csv?region=kz-astana", "Правоохранительные");
        String csv = mvc.perform(get("/charts/years.csv?region=kz-astana")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.replace("\uFEFF", "").lines()).startsWith("code,label,count,partial", "2022,2022,1,false",
                "2023,2023,0,false");
        mvc.perform(get("/charts/nothing.csv")).andExpect(status().isNotFound());
        mvc.perform(get("/charts/data.json?from=2024-13-01")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void aFilterValueWithNothingPublishedIsStillNamedInTheVisitorsLanguage() throws Exception {
        // no incident of the fixture is in Abai region or filed under obstruction: they are not among the facets
        String charts = mvc.perform(get("/charts?region=kz-abai-region&lang=ru")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(charts).select("ul.chips").text()).contains("Абайская область")
                .doesNotContain("kz-abai-region");
        String list = mvc.perform(get("/incidents?category=interference_professional_activity&lang=kk"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(list).select("ul.chips").text())
                .contains("Журналистердің заңды кәсіби қызметіне кедергі келтіру")
                .doesNotContain("interference_professional_activity");
    }

    private long incident(String date, String precision, String place, String category) {
        return jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, published_at)
                values ('Charted incident', 'summary', ?, ?, ?, ?, 'published', now()) returning id""")
                .params(LocalDate.parse(date), precision, place, category).query(Long.class).single();
    }

    private void perpetrator(long incident, String type) {
        jdbc.sql("insert into incident_perpetrator (incident_id, position, name, perpetrator_type) "
                + "values (?, (select count(*) from incident_perpetrator where incident_id = ?), 'someone', ?)")
                .params(incident, incident, type).update();
    }
}
