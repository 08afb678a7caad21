package org.kuzet.actor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kuzet.actor.Actors;
import org.kuzet.reference.Staff;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** A monitor records actors and anyone finds them by any spelling of their names. */
@SpringBootTest
@AutoConfigureMockMvc
class ActorApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Actors actors;
    @Autowired
    JsonMapper json;

    @Test
    void anActorIsFoundByAnySpellingOfItsNameOrAliases() throws Exception {
        long azattyq = create("""
                {"kind": "organisation", "actor_type": "media_outlet", "name": "Азаттык",
                 "aliases": ["Азаттық", "Radio Azattyq", "Радио Азаттык"], "description": "RFE/RL Kazakh service"}""");
        long bazhkenova = create("""
                {"kind": "person", "actor_type": "editor", "name": "Гульнара Бажкенова",
                 "aliases": ["Gulnara Bazhkenova"]}""");

        mvc.perform(get("/api/v1/actors").param("q", "Azattyq")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) azattyq)))
                .andExpect(jsonPath("$.items[?(@.id == " + azattyq + ")].name").value("Азаттык"));
        mvc.perform(get("/api/v1/actors").param("q", "Azattyk")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) azattyq)));
        // a word of the name, written in the other script, and a prefix of it
        mvc.perform(get("/api/v1/actors").param("q", "Bazhkenova")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) bazhkenova)));
        mvc.perform(get("/api/v1/actors").param("q", "Бажкен").param("kind", "person"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", hasItem((int) bazhkenova)))
                .andExpect(jsonPath("$.page").value(1)).andExpect(jsonPath("$.size").value(50));
        mvc.perform(get("/api/v1/actors").param("q", "Bazhkenova").param("kind", "organisation"))
                .andExpect(jsonPath("$.total").value(0));

        assertThat(actors.findBySpelling("Азаттық")).containsExactly(azattyq);
        assertThat(actors.name(bazhkenova)).contains("Гульнара Бажкенова");
        assertThat(actors.exists(azattyq)).isTrue();
        assertThat(actors.exists(999_999)).isFalse();
    }

    @Test
    void anActorIsReadAndUpdated() throws Exception {
        long id = create("""
                {"kind": "person", "actor_type": "journalist", "name": "Kasym Amanzhol"}""");
        mvc.perform(get("/api/v1/actors/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.external_id").value("actor/" + id))
                .andExpect(jsonPath("$.actor_type").value("journalist"));
        mvc.perform(put("/api/v1/actors/" + id).with(monitor()).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind": "person", "actor_type": "journalist", "name": "Kasym Amanzhol",
                         "aliases": ["Қасым Аманжол", "Касым Аманжол"]}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.aliases", containsInAnyOrder("Қасым Аманжол", "Касым Аманжол")));
        assertThat(actors.findBySpelling("Kasym Amanzhol")).contains(id);
        assertThat(actors.findBySpelling("Qasym Amanjol")).contains(id);
    }

    @Test
    void badInputNamesEveryBadFieldAndWritesNothing() throws Exception {
        long before = count();
        mvc.perform(post("/api/v1/actors").with(monitor()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind": "robot", "actor_type": "spy", "aliases": [""], "nickname": "x"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field",
                        containsInAnyOrder("nickname", "name", "kind", "actor_type", "aliases[0]")))
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')].message",
                        hasItem(containsString("person, organisation"))));
        mvc.perform(post("/api/v1/actors").with(monitor()).contentType(MediaType.APPLICATION_JSON).content("{\"kind\":"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/actors").param("type", "spy")).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/actors/987654")).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/actors/987654").with(monitor()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"person\", \"name\": \"Nobody\"}")).andExpect(status().isNotFound());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anExternalIdIsTakenOnlyOnce() throws Exception {
        String body = """
                {"external_id": "actor/t-tobolinfo", "kind": "organisation", "actor_type": "media_outlet",
                 "name": "TobolInfo"}""";
        long id = create(body);
        mvc.perform(post("/api/v1/actors").with(monitor()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict());
        long other = create("{\"kind\": \"organisation\", \"name\": \"Tobol\"}");
        mvc.perform(put("/api/v1/actors/" + other).with(monitor()).header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/actors/" + id)).andExpect(jsonPath("$.external_id").value("actor/t-tobolinfo"));
    }

    @Test
    void writingNeedsAStaffAccount() throws Exception {
        mvc.perform(post("/api/v1/actors").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"person\", \"name\": \"Anonymous\"}")).andExpect(status().isUnauthorized());
    }

    private long count() {
        return jdbc.sql("select count(*) from actor").query(Long.class).single();
    }

    private RequestPostProcessor monitor() {
        return Staff.as(accounts, Role.MONITOR);
    }

    private long create(String body) throws Exception {
        String response = mvc.perform(post("/api/v1/actors").with(monitor()).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").longValue();
    }
}
