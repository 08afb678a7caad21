package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The staff legal case page adds a timeline event by the API's rules: a judgment with its award is stored and moves
 * the money, a bad amount or a judgment that does not say for whom is named beside its field and stores nothing,
 * and nobody without a staff login can add.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CasePageEventTest {

    private static final RequestPostProcessor EDITOR = user("editor.cases").roles("EDITOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long legalCase;

    @BeforeEach
    void fixture() {
        legalCase = jdbc.sql("""
                insert into legal_case (title, kind, stage, opened_on, opened_precision, direction, claimed_kzt)
                values ('Akimat v. newspaper: honour and dignity', 'civil', 'first_instance', date '2024-03-20', 'day',
                    'against_media', 5000000) returning id""").query(Long.class).single();
    }

    private MockHttpServletRequestBuilder judgment(String favour, String amount) {
        return post("/staff/cases/" + legalCase + "/events").with(csrf()).param("kind", "judgment")
                .param("date", "2024-05-15").param("favour", favour).param("amount", amount)
                .param("note", "The court awarded part of the claim.");
    }

    private long events() {
        return jdbc.sql("select count(*) from legal_case_event where case_id = ?").param(legalCase).query(Long.class)
                .single();
    }

    @Test
    void aJudgmentIsAddedAndItsAwardIsKept() throws Exception {
        mvc.perform(judgment("no", "500000").with(EDITOR)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select kind || ' ' || in_favour_of_media || ' ' || amount_kzt || ' ' || description "
                + "from legal_case_event where case_id = ?").param(legalCase).query(String.class).list())
                .containsExactly("judgment false 500000 The court awarded part of the claim.");
        assertThat(jdbc.sql("select awarded_kzt from legal_case where id = ?").param(legalCase).query(Long.class)
                .single()).isEqualTo(500000L);
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/staff/cases/" + legalCase).param("lang", "ru").with(EDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Решение суда").contains("Добавить событие в ход дела");
    }

    @Test
    void aBadAmountAndAJudgmentForNobodyAreNamedBesideTheirFieldsAndNothingIsStored() throws Exception {
        String page = mvc.perform(judgment("yes", "12,5").with(EDITOR)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"event-amount-error\">Write a whole number (not 12,5).");
        page = mvc.perform(judgment("unknown", "500000").with(EDITOR)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"event-favour-error\"").contains("Say whether the judgment went in favour of the media.");
        assertThat(events()).isZero();
        assertThat(jdbc.sql("select awarded_kzt from legal_case where id = ?").param(legalCase).query(Long.class)
                .optional()).isEmpty();
    }

    @Test
    void thePublicCannotAddAnEvent() throws Exception {
        mvc.perform(judgment("yes", "1"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401, 403));
        assertThat(events()).isZero();
    }
}
