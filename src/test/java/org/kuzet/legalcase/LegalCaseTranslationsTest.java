package org.kuzet.legalcase;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/** A legal case's title in its language with its translations, through the case API. */
@SpringBootTest
@AutoConfigureMockMvc
class LegalCaseTranslationsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JsonMapper json;

    @Test
    void theTitlesTranslationsAreStoredAndReadBack() throws Exception {
        String answer = mvc.perform(post("/api/v1/legal-cases").with(Staff.as(accounts, Role.MONITOR))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title": "Иск акима к газете «Тараз таймс» о защите чести", "kind": "civil",
                         "direction": "against_media", "opened_on": "2019-11-06",
                         "translations": {"kk": {"title": "Әкімнің «Тараз таймс» газетіне ар-намысын қорғау туралы талабы"},
                                          "en": {"title": "Akim's honour claim against the Taraz Times"}}}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(answer).get("id").longValue();
        mvc.perform(get("/api/v1/legal-cases/" + id).with(Staff.as(accounts, Role.MONITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("ru"))
                .andExpect(jsonPath("$.translations.en.title").value("Akim's honour claim against the Taraz Times"));
    }

    @Test
    void aTranslationIntoAnUnknownLanguageIsRefused() throws Exception {
        mvc.perform(post("/api/v1/legal-cases").with(Staff.as(accounts, Role.MONITOR))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title": "Claim against the Taraz Times", "kind": "civil", "direction": "against_media",
                         "opened_on": "2019-11-06", "language": "en",
                         "translations": {"de": {"title": "Klage gegen die Taraz Times"}}}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("translations.de")));
    }
}
