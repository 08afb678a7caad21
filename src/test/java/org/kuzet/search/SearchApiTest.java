package org.kuzet.search;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/v1/search as the public and as staff: the JSON, the audience, and bad parameters. */
@SpringBootTest(properties = "kuzet.test.world=search-fixture")
@AutoConfigureMockMvc
class SearchApiTest {

    private static final String PASSWORD = "search-test-password";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffAccounts accounts;
    SearchFixture world;

    @BeforeEach
    void world() {
        world = SearchFixture.in(jdbc);
        if (!accounts.exists("search-monitor")) {
            accounts.create("search-monitor", "Monitor", PASSWORD, Role.MONITOR);
        }
    }

    @Test
    void thePublicGetsHitsTotalAndFacets() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "Bazhkenova").param("type", "incident"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].id").value((int) world.threatsAlmaty))
                .andExpect(jsonPath("$.hits[0].type").value("incident"))
                .andExpect(jsonPath("$.hits[0].title").value("Угрозы главному редактору издания Orda.kz"))
                .andExpect(jsonPath("$.hits[0].date").value("2024-03-12"))
                .andExpect(jsonPath("$.hits[0].highlight").value(containsString("<mark>Бажкенова</mark>")))
                .andExpect(jsonPath("$.hits[0].score").isNumber())
                .andExpect(jsonPath("$.facets.region.kz-almaty").value(1))
                .andExpect(jsonPath("$.facets.victim_kind.journalist").value(1))
                .andExpect(jsonPath("$.facets.perpetrator_type.unknown").value(1));
    }

    @Test
    void thePublicNeverSeesDraftsWhateverItAsksFor() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", SearchFixture.DRAFT_TITLE_MARKER).param("state", "draft"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(content().string(not(containsString("zzq"))));
        mvc.perform(get("/api/v1/search").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facets.state.draft").doesNotExist())
                .andExpect(content().string(not(containsString("zzq"))));
    }

    @Test
    void staffSeeEveryState() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", SearchFixture.DRAFT_TITLE_MARKER)
                        .with(httpBasic("search-monitor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].id").value((int) world.draft))
                .andExpect(jsonPath("$.facets.state.draft").value(1));
    }

    @Test
    void sortByDateAndPaging() throws Exception {
        mvc.perform(get("/api/v1/search").param("type", "incident").param("sort", "date").param("size", "2")
                        .param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.hits[*].id").value(hasItem((int) world.threatsAlmaty)))
                .andExpect(jsonPath("$.hits[*].date").value(everyItem(not(containsString("2020")))));
    }

    @Test
    void badParametersAreNamed() throws Exception {
        mvc.perform(get("/api/v1/search").param("sort", "newest").param("month", "13").param("size", "0")
                        .param("year", "last"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(containsString("sort")))
                .andExpect(content().string(containsString("month")))
                .andExpect(content().string(containsString("size")))
                .andExpect(content().string(containsString("year")));
    }
}
