package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The language follows the address: a page opened with {@code ?lang=kk} keeps it in every internal link and form
 * (and its redirects), so that one tab does not switch another's language. A crawl from the public and staff
 * start pages, following the internal links it finds, checks every page it reaches.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LanguageInLinksTest {

    private static final List<String> START = List.of("/", "/incidents", "/charts", "/reports", "/inquiries",
            "/login", "/staff", "/staff/incidents", "/staff/incidents/new", "/staff/cases", "/staff/cases/new",
            "/staff/reports", "/staff/audit", "/staff/accounts", "/staff/notifications", "/staff/triage",
            "/staff/archive", "/staff/inquiries", "/staff/admin/holidays");
    private static final int MOST_PAGES = 60;
    /** A link keeps the page's language, or names one on purpose (a report in Russian, the language switch). */
    private static final Pattern NAMES_A_LANGUAGE = Pattern.compile("[?&]lang=(en|ru|kk)(&|#|$)");
    /** Downloads and the API: not pages a person reads. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(".*(\\.(csv|json|atom|md|pdf|txt|svg|png)|/api/.*|"
            + "/logout|/assets/.*|/webjars/.*|/v3/.*|/swagger-ui.*|/api-docs.*)(\\?.*)?$");

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final RequestPostProcessor admin = user("admin.lang").roles("ADMIN");

    @Test
    void everyInternalLinkAndFormOfEveryPageReachedFromAKazakhPageKeepsKazakh() throws Exception {
        Deque<String> toVisit = new ArrayDeque<>();
        START.forEach(path -> toVisit.add(path + "?lang=kk"));
        Set<String> seen = new LinkedHashSet<>(toVisit);
        List<String> lost = new ArrayList<>();
        int visited = 0;
        while (!toVisit.isEmpty() && visited < MOST_PAGES) {
            String url = toVisit.poll();
            MockHttpServletResponse response = mvc.perform(get(url).with(admin)).andReturn().getResponse();
            if (response.getStatus() != 200 || response.getContentType() == null
                    || !response.getContentType().startsWith("text/html")) {
                continue;
            }
            visited++;
            Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
            for (Element link : page.select("a[href]")) {
                String href = link.attr("href");
                if (!internal(href) || link.hasAttr("hreflang")) {
                    continue; // another site, a place on this page, or the switch to another language
                }
                if (!NAMES_A_LANGUAGE.matcher(href).find()) {
                    lost.add(url + " -> a " + href);
                } else {
                    String target = href.replaceAll("#.*", "");
                    if (href.contains("lang=kk") && !NOT_A_PAGE.matcher(target).matches() && seen.add(target)) {
                        toVisit.add(target);
                    }
                }
            }
            for (Element form : page.select("form[action]")) {
                String action = form.attr("action");
                if (!internal(action)) {
                    continue;
                }
                boolean kept = "post".equalsIgnoreCase(form.attr("method")) ? action.contains("lang=kk")
                        : !form.select("input[name=lang][value=kk]").isEmpty();
                if (!kept) {
                    lost.add(url + " -> form " + action);
                }
            }
        }
        assertThat(visited).as("pages crawled").isGreaterThan(START.size() / 2);
        assertThat(lost).as("internal links and forms that lost ?lang=kk").isEmpty();
    }

    @Test
    void aFormSentFromAKazakhPageRedirectsToAKazakhPageAndALanguageNamedTwiceIsReadOnce() throws Exception {
        long id = jdbc.sql("""
                insert into incident (title, occurred_on, date_precision, place_code, primary_category, created_by)
                values ('Редактор газеты вызван в полицию', date '2025-09-01', 'month', 'kz-kostanay', 'threats',
                    'admin.lang') returning id""").query(Long.class).single();
        MockHttpServletResponse sent = mvc.perform(post("/staff/incidents/" + id + "/comments?lang=kk")
                .param("text", "Дереккөзді тексеріңіз").with(csrf()).with(admin)).andReturn().getResponse();
        assertThat(sent.getRedirectedUrl()).isEqualTo("/staff/incidents/" + id + "?lang=kk#comments");

        // a form whose action keeps ?lang=kk and which sends a lang field of its own names Kazakh twice
        MockHttpServletResponse twice = mvc.perform(get("/staff/triage?lang=kk&lang=kk").with(admin))
                .andReturn().getResponse();
        assertThat(twice.getStatus()).isEqualTo(200);
        assertThat(twice.getContentAsString(StandardCharsets.UTF_8)).contains("Жаңалықтарды сұрыптау");
    }

    private static boolean internal(String href) {
        return href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/assets/")
                && !href.startsWith("/webjars/") && !href.startsWith("/favicon");
    }
}
