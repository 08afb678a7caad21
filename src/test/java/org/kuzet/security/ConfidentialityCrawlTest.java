package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Plants a marker in every confidential field (a correspondent's name and account, a victim's contact, internal
 * notes, a confidential source, unpublished and rejected incidents), then requests every route the public may use,
 * with the planted records' ids and external ids in every path variable, plainly and with parameters that try to
 * ask for more; no answer may contain a marker. Routes that features add are crawled as soon as they are merged.
 * (Bodies are searched as text: a marker inside a compressed PDF stream would not be seen.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConfidentialityCrawlTest {

    private static final String MARK = "confmark";
    private static final String CORRESPONDENT = "confmark-corr-user";

    @Autowired
    ApplicationContext context;

    @Autowired
    RouteRules rules;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final List<String> ids = new ArrayList<>();

    @BeforeEach
    void plant() {
        jdbc.sql("insert into app_user (username, display_name, password_hash, role) values (?, 'CONFMARK Корреспондент Имя', 'x', 'correspondent')")
                .param(CORRESPONDENT).update();
        long actor = jdbc.sql("insert into actor (external_id, kind, actor_type, name) values ('confmark-actor', 'person', "
                + "'journalist', 'Public Journalist Name') returning id").query(Long.class).single();
        long source = jdbc.sql("insert into source (external_id, kind, title, url, archived_text, correspondent, confidential) "
                        + "values ('confmark-source', 'correspondent_report', 'CONFMARK source title', "
                        + "'https://confmark.example/report', 'CONFMARK archived text', 'CONFMARK Тілші Аты', true) returning id")
                .query(Long.class).single();
        long published = incident("confmark-published", "Published incident", "published", "CONFMARK internal note");
        long draft = incident("confmark-draft", "CONFMARK unpublished draft title", "draft", "CONFMARK draft note");
        long rejected = incident("confmark-rejected", "CONFMARK rejected title", "rejected", "CONFMARK rejected note");
        jdbc.sql("update incident set rejection_reason = 'CONFMARK reason' where id = ?").param(rejected).update();
        for (long incident : new long[] {published, draft, rejected}) {
            jdbc.sql("insert into incident_victim (incident_id, position, actor_id, name, victim_kind, contact) values "
                    + "(?, 1, ?, 'Public Journalist Name', 'journalist', 'CONFMARK +7 701 000 00 00')")
                    .params(incident, actor).update();
            jdbc.sql("insert into incident_source values (?, ?)").params(incident, source).update();
        }
        jdbc.sql("insert into incident_revision (incident_id, revision, snapshot, recorded_by, note) values (?, 1, "
                + "cast(? as jsonb), ?, 'CONFMARK revision note')").params(published,
                "{\"confidential_notes\": \"CONFMARK in a snapshot\"}", CORRESPONDENT).update();
        for (long id : new long[] {published, draft, rejected, source, actor}) {
            ids.add(Long.toString(id));
        }
        ids.addAll(List.of("confmark-published", "confmark-draft", "confmark-rejected", "confmark-source", "1"));
    }

    private long incident(String externalId, String title, String state, String notes) {
        return jdbc.sql("""
                        insert into incident (external_id, title, summary, occurred_on, date_precision, place_code,
                                              primary_category, workflow_state, confidential_notes, created_by,
                                              submitted_by, published_at)
                        values (?, ?, 'Summary', date '2024-03-05', 'day', 'kz-oral', 'threats', ?, ?, ?, ?,
                                case when ? = 'published' then now() end) returning id""")
                .params(externalId, title, state, notes, CORRESPONDENT, CORRESPONDENT, state).query(Long.class).single();
    }

    @AfterEach
    void remove() {
        jdbc.sql("delete from incident where external_id like 'confmark-%'").update();
        jdbc.sql("delete from source where external_id = 'confmark-source'").update();
        jdbc.sql("delete from actor where external_id = 'confmark-actor'").update();
        jdbc.sql("delete from app_user where username = ?").param(CORRESPONDENT).update();
    }

    @Test
    void noPublicRouteShowsAnythingConfidential() throws Exception {
        Set<String> leaks = new LinkedHashSet<>();
        int requests = 0;
        for (RequestMappingInfoHandlerMapping mapping
                : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                    continue;
                }
                for (String pattern : info.getPatternValues()) {
                    for (String path : paths(pattern)) {
                        Optional<RouteRule> rule = rules.ruleFor(HttpMethod.GET, path);
                        if (rule.isEmpty() || !rule.get().access().everyone()) {
                            continue;
                        }
                        for (MockHttpServletRequestBuilder request : variants(path, requests)) {
                            requests++;
                            byte[] body = mvc.perform(request).andReturn().getResponse().getContentAsByteArray();
                            if (new String(body, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains(MARK)) {
                                leaks.add("GET " + pattern + " as " + path);
                            }
                        }
                    }
                }
            }
        }
        assertThat(leaks).as("public routes whose answers contain confidential markers").isEmpty();
        assertThat(requests).isPositive();
    }

    private List<String> paths(String pattern) {
        String wild = pattern.replace("**", "x").replace("*", "x");
        if (!wild.contains("{")) {
            return List.of(wild);
        }
        return ids.stream().map(id -> wild.replaceAll("\\{[^}]*}", id)).toList();
    }

    private static List<MockHttpServletRequestBuilder> variants(String path, int n) {
        String address = "10.201." + (n / 250 % 250) + "." + (n % 250 + 1);
        return List.of(
                get(path).with(anonymous()).with(LoginLockoutTest.from(address)),
                get(path).with(anonymous()).with(LoginLockoutTest.from(address))
                        .param("state", "draft").param("workflow_state", "all").param("include", "all")
                        .param("confidential", "true").param("fields", "*").param("q", "Public Journalist Name"),
                get(path).with(anonymous()).with(LoginLockoutTest.from(address)).accept("text/csv", "*/*"));
    }
}
