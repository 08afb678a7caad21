package org.kuzet.statement.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kuzet.reference.Staff;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** A statement's summary with its language and translations through the API; the quote stays as it was said. */
@SpringBootTest
@AutoConfigureMockMvc
class StatementTranslationsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JsonMapper json;

    @Test
    void theSummarysTranslationsAreStoredAndReadBack() throws Exception {
        String response = mvc.perform(post("/api/v1/statements").with(Staff.as(accounts, Role.MONITOR))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"speaker_name": "Akim of Taraz", "date": "2019-11", "stance": "rebuttal",
                         "summary": "The akimat said the figures had been published on its website.",
                         "quote": "Все данные опубликованы.",
                         "translations": {"ru": {"summary": "Акимат заявил, что цифры опубликованы на его сайте."},
                                          "kk": {"summary": "Әкімдік сандар сайтында жарияланғанын мәлімдеді."}}}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(response).get("id").longValue();
        mvc.perform(get("/api/v1/statements/" + id).with(Staff.as(accounts, Role.MONITOR))).andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.translations.kk.summary").value("Әкімдік сандар сайтында жарияланғанын мәлімдеді."))
                .andExpect(jsonPath("$.quote").value("Все данные опубликованы."));
    }

    @Test
    void aTranslationIntoItsOwnLanguageIsRefused() throws Exception {
        mvc.perform(post("/api/v1/statements").with(Staff.as(accounts, Role.MONITOR))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"speaker_name": "Аким Тараза", "date": "2019-11", "summary": "Акимат всё опубликовал.",
                         "translations": {"ru": {"summary": "Акимат опубликовал всё."}}}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("translations.ru")));
    }
}
