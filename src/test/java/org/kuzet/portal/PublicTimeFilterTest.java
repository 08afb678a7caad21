package org.kuzet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The list's time span (year, month, from/to) keeps an incident whose whole period lies in it; bad values are
 * refused naming the parameter, in the visitor's language; the facets take several values, each removable.
 */
@SpringBootTest
@AutoConfigureMockMvc
@OwnDatabase // a year or a region of the list holds more than one page of the other classes' incidents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicTimeFilterTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void fixture() {
        incident("Cameraman pushed out of a court in Kostanay", "2024-03-05", "day", "kz-kostanay");
        incident("Editor summoned by the police in Astana", "2024-03-01", "month", "kz-astana");
        incident("Outlet blocked some time in the year", "2024-01-01", "year", "kz-almaty");
        incident("Blogger fined in Shymkent last summer", "2023-06-01", "day", "kz-shymkent");
    }

    @Test
    void aYearFindsTheIncidentsKnownOnlyToThatYear() throws Exception {
        assertThat(html("/incidents?year=2024")).contains("Cameraman pushed", "Editor summoned", "Outlet blocked")
                .doesNotContain("Blogger fined");
        assertThat(html("/incidents?month=2024-03")).contains("Cameraman pushed", "Editor summoned")
                .doesNotContain("Outlet blocked").doesNotContain("Blogger fined");
    }

    @Test
    void aRangeOfDaysKeepsWhatLiesWhollyInside() throws Exception {
        assertThat(html("/incidents?from=2024-03-01&to=2024-03-10")).contains("Cameraman pushed")
                .doesNotContain("Editor summoned").doesNotContain("Outlet blocked");
        assertThat(html("/incidents?from=2023-01-01&to=2024-12-31")).contains("Cameraman pushed", "Editor summoned",
                "Outlet blocked", "Blogger fined");
        assertThat(html("/incidents?to=2023-12-31")).contains("Blogger fined").doesNotContain("Cameraman pushed");
        String json = mvc.perform(get("/incidents.json?from=2024-03-01&to=2024-03-31")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("Cameraman pushed", "Editor summoned").doesNotContain("Outlet blocked");
    }

    @Test
    void aDateThatIsNoneIsRefusedNamingTheParameterInTheVisitorsLanguage() throws Exception {
        mvc.perform(get("/incidents.json?from=2024-99-99&year=20x4")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("from", "year")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("2024-99-99"))));
        String page = mvc.perform(get("/incidents?to=2024-02-30").accept(MediaType.TEXT_HTML).param("lang", "ru"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<code>to</code>", "ГГГГ-ММ-ДД", "2024-02-30").doesNotContain("Cameraman pushed");
        mvc.perform(get("/incidents.csv?from=2024-03-10&to=2024-03-01")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void severalRegionsAreCheckedAtOnceAndEachIsRemovedOnItsOwn() throws Exception {
        String page = html("/incidents?region=kz-kostanay-region&region=kz-astana");
        assertThat(page).contains("Cameraman pushed", "Editor summoned").doesNotContain("Outlet blocked")
                .contains("value=\"kz-kostanay-region\" checked", "value=\"kz-astana\" checked")
                // the region facet still offers the other regions to check beside these two
                .contains("value=\"kz-almaty\"");
        // each value in force is a link to the list without it
        assertThat(page).contains("href=\"/incidents?region=kz-astana\"", "href=\"/incidents?region=kz-kostanay-region\"");
        assertThat(html("/incidents?region=kz-kostanay-region,kz-almaty&year=2024"))
                .contains("Cameraman pushed", "Outlet blocked", "href=\"/incidents?region=kz-kostanay-region%2Ckz-almaty\"")
                .doesNotContain("Editor summoned");
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void incident(String title, String date, String precision, String place) {
        jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, published_at)
                values (?, 'summary', ?, ?, ?, 'threats', 'published', now())""")
                .params(title, LocalDate.parse(date), precision, place).update();
    }
}
