package org.kuzet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The pages made to be framed by partner sites ({@code /embed/...}) let them frame (their own frame-ancestors, no
 * X-Frame-Options) while every other page keeps refusing frames; each embed shows its filter's figures in the
 * language asked, and the list and the charts offer the code to embed them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@OwnDatabase // the embeds say how many of all published incidents they show
class EmbedPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** The fixture is made once, in the class's own database: the tests only read it. */
    private static boolean made;

    @BeforeEach
    void fixture() {
        if (made) {
            return;
        }
        made = true;
        incident("Reporter pushed out of the akimat", "2024-03-05", "kz-kostanay", "interference_professional_activity");
        incident("Editor threatened by phone", "2024-05-20", "kz-kostanay", "threats");
        incident("Site blocked for a week", "2023-11-02", "kz-astana", "blocking");
    }

    @Test
    void embedsMayBeFramedByOtherSitesAndNoOtherPageMay() throws Exception {
        for (String embed : new String[] {"/embed/count", "/embed/latest?lang=ru", "/embed/chart/months?lang=kk"}) {
            mvc.perform(get(embed)).andExpect(status().isOk())
                    .andExpect(header().doesNotExist("X-Frame-Options"))
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors *")))
                    .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                    .andExpect(header().string("Content-Security-Policy", not(containsString("'none'; frame"))));
        }
        for (String page : new String[] {"/", "/incidents", "/charts", "/incidents.csv", "/reports", "/login",
            "/api/v1/incidents"}) {
            mvc.perform(get(page)).andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
        }
    }

    @Test
    void theCountShowsTheFiltersFigureWithItsNoteInTheLanguageAsked() throws Exception {
        String page = html("/embed/count?region=kz-kostanay-region&lang=ru");
        assertThat(page).contains("lang=\"ru\"", "id=\"embed-count\">2<", "Опубликованные нарушения по этому фильтру",
                "Kuzet: 2 из 3 опубликованных нарушений. Фильтр: Регион: ", "<base target=\"_blank\">",
                "href=\"http://localhost/incidents?region=kz-kostanay-region&amp;lang=ru\"");
        assertThat(html("/embed/count?lang=kk")).contains("lang=\"kk\"", "id=\"embed-count\">3<",
                "Осы сүзгіге сай жарияланған бұзушылықтар");
    }

    @Test
    void theLatestListsTheNewestIncidentsOfTheFilter() throws Exception {
        String page = html("/embed/latest?year=2024&n=1");
        assertThat(page).contains("Editor threatened by phone").doesNotContain("Reporter pushed out", "Site blocked");
        assertThat(html("/embed/latest?lang=kk")).contains("Осы тізімнің соңғы бұзушылықтары",
                "Reporter pushed out of the akimat", "Site blocked for a week");
    }

    @Test
    void aChartIsDrawnFromItsFiltersFiguresWithItsTable() throws Exception {
        String page = html("/embed/chart/categories?year=2024&lang=ru");
        assertThat(page).contains("id=\"categories\"", "data-source=\"/charts/data.json?year=2024\"",
                "/assets/js/charts.js", "Угрозы").doesNotContain("Блокировка");
        mvc.perform(get("/embed/chart/regions")).andExpect(status().isNotFound());
        mvc.perform(get("/embed/count?category=nonsense")).andExpect(status().isBadRequest());
    }

    @Test
    void theListAndTheChartsOfferTheCodeToEmbedTheirFilter() throws Exception {
        assertThat(html("/incidents?year=2024&lang=kk")).contains("Өз сайтыңызға енгізу",
                "&lt;iframe src=&quot;http://localhost/embed/latest?year=2024&amp;amp;lang=kk&quot;",
                "http://localhost/embed/count?year=2024&amp;amp;lang=kk");
        assertThat(html("/charts?region=kz-astana")).contains(
                "&lt;iframe src=&quot;http://localhost/embed/chart/months?region=kz-astana&amp;amp;lang=en&quot;",
                "/embed/chart/perpetrators?region=kz-astana");
    }

    private String html(String url) throws Exception {
        ResultActions answer = mvc.perform(get(url)).andExpect(status().isOk());
        return answer.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private void incident(String title, String date, String place, String category) {
        jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, published_at)
                values (?, 'summary', ?, 'day', ?, ?, 'published', now())""")
                .params(title, LocalDate.parse(date), place, category).update();
    }
}
