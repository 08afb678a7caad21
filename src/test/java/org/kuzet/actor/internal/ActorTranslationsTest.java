package org.kuzet.actor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kuzet.reference.Staff;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * An actor's description in its language with translations, through the API; its public page shows the
 * visitor's language, or the original saying which language it is in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActorTranslationsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDescriptionsTranslationsAreStoredReadBackAndShown() throws Exception {
        String response = mvc.perform(post("/api/v1/actors").with(Staff.as(accounts, Role.MONITOR))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind": "organisation", "actor_type": "media_outlet", "name": "Taraz Times",
                         "description": "Independent weekly of Taraz",
                         "translations": {"ru": {"summary": "Независимый еженедельник Тараза"}}}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(response).get("id").longValue();
        mvc.perform(get("/api/v1/actors/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.translations.ru.summary").value("Независимый еженедельник Тараза"));
        // an actor is public once a published incident names it
        long incident = jdbc.sql("""
                insert into incident (title, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, published_at)
                values ('Taraz Times reporter threatened', date '2019-11-03', 'day', 'kz-taraz', 'threats',
                    'published', now()) returning id""").query(Long.class).single();
        jdbc.sql("insert into incident_victim (incident_id, position, actor_id, name, victim_kind) "
                + "values (?, 0, ?, 'Taraz Times', 'media_outlet')").params(incident, id).update();
        assertThat(page("/actors/" + id + "?lang=ru")).contains("Независимый еженедельник Тараза")
                .doesNotContain("Independent weekly of Taraz");
        assertThat(page("/actors/" + id + "?lang=kk")).contains("Independent weekly of Taraz",
                "(тек ағылшын тілінде)");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
