package org.kuzet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The map counts exactly the incidents the list's filter selects: each town's dot and its row in the table, the
 * regions' tiles beside it; a dot links to the same filter narrowed to its town.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicMapTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void fixture() {
        org.kuzet.TestData.clean(jdbc);
        incident("2024-02-11", "day", "kz-oral", "threats", "published");
        incident("2024-06-03", "day", "kz-oral", "detention", "published");
        incident("2023-09-20", "day", "kz-oral", "threats", "published");
        incident("2024-04-01", "month", "kz-west-kazakhstan-region", "blocking", "published");
        incident("2023-01-15", "day", "kz-almaty", "threats", "published");
        incident("2024-05-05", "day", "ua-kyiv", "threats", "published");
        // a draft is no one's figure
        incident("2024-02-12", "day", "kz-almaty", "threats", "draft");
    }

    @Test
    void everyDotAndRowCountsTheWholeListUnfiltered() throws Exception {
        Document page = page("/map?lang=en");
        assertThat(page.select("#mapped").text()).startsWith("6 incidents");
        assertThat(dot(page, "kz-oral").attr("data-count")).isEqualTo("3");
        assertThat(dot(page, "kz-almaty").attr("data-count")).isEqualTo("1");
        assertThat(dot(page, "kz-aktau").attr("data-count")).isEqualTo("0");
        // every town of the gazetteer in Kazakhstan is drawn, none abroad
        assertThat(page.select("svg#map a.dot")).hasSize(21);
        assertThat(page.select("svg#map a.dot[data-place=ua-kyiv]")).isEmpty();
        // the dot's area follows its count: Oral's three against Almaty's one
        assertThat(radius(page, "kz-oral")).isGreaterThan(radius(page, "kz-almaty"));
        assertThat(radius(page, "kz-almaty")).isGreaterThan(radius(page, "kz-aktau"));
        assertThat(row(page, "kz-oral")).isEqualTo("3");
        assertThat(row(page, "kz-west-kazakhstan-region")).isEqualTo("1");
        assertThat(row(page, "ua-kyiv")).isEqualTo("1");
        assertThat(tile(page, "kz-west-kazakhstan-region")).isEqualTo("4");
        assertThat(tile(page, "kz-almaty")).isEqualTo("1");
        assertThat(page.select("svg#map path.land").attr("d")).startsWith("M").contains("Z");
    }

    @Test
    void aYearNarrowsTheDotsTheTableAndTheTiles() throws Exception {
        Document page = page("/map?year=2024&lang=en");
        assertThat(page.select("#mapped").text()).startsWith("4 incidents");
        assertThat(dot(page, "kz-oral").attr("data-count")).isEqualTo("2");
        assertThat(dot(page, "kz-almaty").attr("data-count")).isEqualTo("0");
        assertThat(page.select("#place-counts tr[data-place=kz-almaty]")).isEmpty();
        assertThat(tile(page, "kz-west-kazakhstan-region")).isEqualTo("3");
        assertThat(tile(page, "kz-almaty")).isEqualTo("0");

        // the dot keeps the year and narrows the list to its town; the chips name the town
        String href = dot(page, "kz-oral").attr("href");
        assertThat(href).contains("year=2024").contains("region=kz-oral");
        Document oral = page(href + "&lang=en");
        assertThat(oral.select("#mapped").text()).startsWith("2 incidents");
        assertThat(oral.select("ul.chips").text()).contains("Oral").contains("2024");
        assertThat(dot(oral, "kz-oral").attr("data-count")).isEqualTo("2");

        Document categories = page("/map?category=threats&from=2023-01-01&to=2023-12-31&lang=en");
        assertThat(dot(categories, "kz-oral").attr("data-count")).isEqualTo("1");
        assertThat(dot(categories, "kz-almaty").attr("data-count")).isEqualTo("1");
    }

    @Test
    void theTilesFilterTheMapToTheirRegion() throws Exception {
        Document page = page("/map?lang=ru");
        String href = page.select("#region-tiles a[data-region=kz-west-kazakhstan-region]").attr("href");
        Document region = page(href + "&lang=ru");
        assertThat(dot(region, "kz-oral").attr("data-count")).isEqualTo("3");
        assertThat(dot(region, "kz-almaty").attr("data-count")).isEqualTo("0");
        assertThat(region.select("#place-counts").text()).contains("Уральск").contains("Западно-Казахстанская");
        assertThat(region.select("html").attr("lang")).isEqualTo("ru");
    }

    @Test
    void aFilterThatNamesNothingIsRefusedNamingTheField() throws Exception {
        MockHttpServletResponse refused = mvc.perform(get("/map?from=2024-99-99&lang=kk")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("from").contains("2024-99-99");
        assertThat(mvc.perform(get("/map?region=kz-nowhere")).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    private Document page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static Element dot(Document page, String place) {
        Element dot = page.selectFirst("svg#map a.dot[data-place=" + place + "]");
        assertThat(dot).as("the dot of " + place).isNotNull();
        return dot;
    }

    private static double radius(Document page, String place) {
        return Double.parseDouble(dot(page, place).selectFirst("circle").attr("r"));
    }

    private static String row(Document page, String place) {
        return page.select("#place-counts tr[data-place=" + place + "] td.num").text();
    }

    private static String tile(Document page, String region) {
        return page.select("#region-tiles a[data-region=" + region + "] strong").text();
    }

    private void incident(String date, String precision, String place, String category, String state) {
        jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, published_at)
                values ('Map fixture', 'summary', ?, ?, ?, ?, ?, case when ? = 'published' then now() end)""")
                .params(LocalDate.parse(date), precision, place, category, state, state).update();
    }
}
