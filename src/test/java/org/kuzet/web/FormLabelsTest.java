package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every form field of the pages, as rendered, has a name a screen reader reads out: a label pointing at it, a label
 * around it, or an aria-label; and no two elements of a page share an id (a label would point at the wrong one).
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormLabelsTest {

    private static final RequestPostProcessor EDITOR = user("editor.labels").roles("EDITOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyFieldOfEveryPageHasAnAccessibleName() throws Exception {
        long incident = jdbc.sql("""
                insert into incident (title, occurred_on, date_precision, place_code, primary_category, workflow_state)
                values ('Labels check: editor summoned', date '2024-02-01', 'month', 'kz-almaty', 'threats', 'in_review')
                returning id""").query(Long.class).single();
        List<String> pages = List.of("/", "/incidents", "/incidents?q=editor", "/charts", "/reports", "/login",
                "/staff", "/staff/incidents", "/staff/incidents/new", "/staff/incidents/" + incident,
                "/staff/incidents/" + incident + "/edit", "/staff/reports?period=2024-03", "/staff/reports/2024-03",
                "/staff/cases", "/staff/archive", "/staff/triage");
        List<String> unnamed = new ArrayList<>();
        int fields = 0;
        for (String page : pages) {
            for (String lang : List.of("en", "kk")) {
                var response = mvc.perform(get(page).param("lang", lang).with(EDITOR)).andReturn().getResponse();
                assertThat(response.getStatus()).as(page).isEqualTo(200);
                String html = response.getContentAsString(StandardCharsets.UTF_8);
                Document doc = Jsoup.parse(html);
                for (Element field : doc.select("input, select, textarea")) {
                    String type = field.attr("type");
                    if (List.of("hidden", "submit", "button", "reset").contains(type)) {
                        continue;
                    }
                    fields++;
                    boolean named = field.hasAttr("aria-label") || field.hasAttr("aria-labelledby")
                            || !field.parents().select("label").isEmpty()
                            || (!field.id().isEmpty() && !doc.select("label[for=" + field.id() + "]").isEmpty());
                    if (!named) {
                        unnamed.add(page + " (" + lang + "): " + field.tagName() + " name=" + field.attr("name")
                                + " id=" + field.id());
                    }
                }
                List<String> ids = doc.select("[id]").eachAttr("id");
                ids.stream().filter(id -> ids.indexOf(id) != ids.lastIndexOf(id)).distinct()
                        .forEach(id -> unnamed.add(page + " (" + lang + "): id used twice: " + id));
            }
        }
        assertThat(fields).as("fields checked").isGreaterThan(100);
        assertThat(unnamed).isEmpty();
    }
}
