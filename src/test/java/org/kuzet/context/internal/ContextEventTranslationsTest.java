package org.kuzet.context.internal;

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

/** A context event's title and description with their language and translations, through the API. */
@SpringBootTest
@AutoConfigureMockMvc
class ContextEventTranslationsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JsonMapper json;

    @Test
    void theTranslationsAreStoredAndReadBack() throws Exception {
        String response = mvc.perform(post("/api/v1/context-events").with(Staff.as(accounts, Role.MONITOR))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"date": "2024-03-15", "place": "kz-astana", "kind": "official_statement",
                         "title": "Президент Тоқаев Ұлттық құрылтайда сөз сөйледі",
                         "description": "Идеологиялық қағидаттар туралы.",
                         "translations": {"ru": {"title": "Президент Токаев выступил на Национальном курултае",
                                                 "summary": "Об идеологических принципах."}}}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(response).get("id").longValue();
        mvc.perform(get("/api/v1/context-events/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("kk"))
                .andExpect(jsonPath("$.translations.ru.title").value("Президент Токаев выступил на Национальном курултае"))
                .andExpect(jsonPath("$.translations.ru.summary").value("Об идеологических принципах."));
    }

    @Test
    void aTranslationIntoItsOwnLanguageIsRefused() throws Exception {
        mvc.perform(post("/api/v1/context-events").with(Staff.as(accounts, Role.MONITOR))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"date": "2024-03-15", "kind": "law", "title": "Закон о СМИ", "language": "ru",
                         "translations": {"ru": {"title": "Закон о масс-медиа"}, "xx": {"title": "?"}}}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("translations.ru", "translations.xx")));
    }
}
