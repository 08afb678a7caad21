package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The confidentiality crawl for every role. Two correspondents each write a draft (notes, a victim's contact) and a
 * report from the field (sent as "not confidential": a correspondent's report is confidential by its kind); an
 * editor publishes an incident with confidential notes, built on the first correspondent's report; a monitor keeps
 * a draft. Each piece carries the marker of whoever may see it. Then every GET route the route table lets a role
 * use is requested as that role, with the planted ids in its path variables, plainly and with parameters that ask
 * for more, and search is asked for every marker: no answer may hold a marker the role must not see, and none may
 * be a server error.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EveryRoleCrawlTest {

    /** The first correspondent's own material: their name, contacts, draft, report. */
    private static final String ONE = "mkcorrone";
    /** The second correspondent's. */
    private static final String TWO = "mkcorrtwo";
    /** The confidential part of a published incident, and the editor who published it. */
    private static final String STAFF_ONLY = "mkstaffonly";
    /** A monitor's unpublished draft. */
    private static final String MONITORS_DRAFT = "mkmondraft";
    /** A report sent through the public form: what was written and who wrote it are for monitors and up. */
    private static final String REPORTER = "mkreporter";
    /** An account's TOTP key: no answer to anyone ever holds it. */
    private static final String NOBODY = "mktotpkey";
    private static final List<String> MARKERS = List.of(ONE, TWO, STAFF_ONLY, MONITORS_DRAFT, REPORTER, NOBODY);
    /** What monitors and up may see: everything but the TOTP key. */
    private static final Set<String> STAFF_MAY = Set.of(ONE, TWO, STAFF_ONLY, MONITORS_DRAFT, REPORTER);
    /**
     * What search is asked for: a word planted beside each marker in every text, so that a page echoing the
     * query in its search box is not taken for a leak.
     */
    private static final Map<String, String> HANDLES = Map.of(ONE, "hndlone", TWO, "hndltwo", STAFF_ONLY,
            "hndlstaff", MONITORS_DRAFT, "hndlmon", REPORTER, "hndlrep", NOBODY, "hndlnobody");

    private static final String EDITOR = "mkstaffonly-editor";
    private static final String MONITOR = "mkmondraft-monitor";

    /** Each role as one signed-in account, and the markers it may see. */
    private record Visitor(String name, RequestPostProcessor who, Role role, Set<String> mays) {
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    RouteRules rules;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.kuzet.triage.PublicReports publicReports;

    @Autowired
    org.kuzet.intake.Submissions submissions;

    @Autowired
    org.kuzet.evidence.EvidenceStore files;

    @Autowired
    org.kuzet.evidence.Redactions redactions;

    @Autowired
    TwoFactor twoFactor;

    private final List<String> ids = new ArrayList<>();
    private long publicReportCandidate;
    /** The route patterns crawled, by any role. */
    private final Set<String> crawled = new java.util.TreeSet<>();
    private int requests;

    @BeforeEach
    void plant() throws Exception {
        account(ONE + "-user", text(ONE) + " Корреспондент, +7 701 111 11 11", "correspondent");
        account(TWO + "-user", text(TWO) + " Тілші, +7 702 222 22 22", "correspondent");
        account(EDITOR, "Editor", "editor");
        account(MONITOR, "Monitor", "monitor");
        long actor = jdbc.sql("insert into actor (external_id, kind, actor_type, name) values ('mk-actor', 'person', "
                + "'journalist', 'Public Journalist Name') returning id").query(Long.class).single();
        long published = incident("mk-published", "Published incident", "published",
                text(STAFF_ONLY) + " internal note", EDITOR);
        long oneDraft = incident("mk-one-draft", text(ONE) + " draft title", "draft", text(ONE) + " draft note",
                ONE + "-user");
        long oneRejected = incident("mk-one-rejected", text(ONE) + " rejected title", "rejected", text(ONE) + " note",
                ONE + "-user");
        long twoDraft = incident("mk-two-draft", text(TWO) + " draft title", "draft", text(TWO) + " draft note",
                TWO + "-user");
        long monitorsDraft = incident("mk-mon-draft", text(MONITORS_DRAFT) + " title", "in_review",
                text(MONITORS_DRAFT) + " note", MONITOR);
        jdbc.sql("update incident set rejection_reason = ? where id = ?").params(text(ONE) + " reason", oneRejected)
                .update();
        victim(published, actor, text(STAFF_ONLY) + " +7 700 000 00 00");
        victim(oneDraft, actor, text(ONE) + " +7 701 000 00 01");
        victim(twoDraft, actor, text(TWO) + " +7 702 000 00 02");
        victim(monitorsDraft, actor, text(MONITORS_DRAFT) + " +7 703 000 00 03");
        long oneReport = report(ONE, "mk-one-report");
        long twoReport = report(TWO, "mk-two-report");
        jdbc.sql("insert into incident_source values (?, ?)").params(published, oneReport).update();
        // a confidential source of the published incident, its address marked: the page, the printout and the
        // CSV/JSON downloads (every public field, sources' addresses among them) must leave it out
        long hiddenSource = jdbc.sql("""
                insert into source (external_id, kind, title, url, confidential)
                values ('mk-hidden-source', 'media_article', ?, ?, true) returning id""")
                .params(text(STAFF_ONLY) + " lead", "https://hidden.example/" + STAFF_ONLY)
                .query(Long.class).single();
        jdbc.sql("insert into incident_source values (?, ?)").params(published, hiddenSource).update();
        jdbc.sql("insert into incident_source values (?, ?)").params(twoDraft, twoReport).update();
        jdbc.sql("insert into incident_revision (incident_id, revision, snapshot, recorded_by, note) values (?, 1, "
                + "cast(? as jsonb), ?, 'First published version')").params(published,
                "{\"confidential_notes\": \"" + text(STAFF_ONLY) + " in a snapshot\"}", EDITOR).update();
        jdbc.sql("""
                insert into report_version (period, version, figures, markdown_en, markdown_ru, markdown_kk, sha256,
                                            published_by, note)
                values ('2019-02', 1, '{}', '# February 2019', '# Февраль 2019', '# Ақпан 2019', ?, ?, 'first')""")
                .params("ab".repeat(32), EDITOR).update();
        // a right of reply asked about the monitor's incident in review (staff only until published), and a
        // published request to the state that concerns that incident too (the public must not learn of it)
        long askedReply = inquiry("mk-inq-reply", text(MONITORS_DRAFT) + " right of reply", "right_of_reply", false,
                monitorsDraft);
        long publicRequest = inquiry("mk-inq-public", "Public request about tenders", "information_request", true,
                monitorsDraft);
        publicReportCandidate = publicReports.submit(new org.kuzet.triage.PublicReports.Report(text(REPORTER)
                + " Журналиста задержали в Уральске после съёмки.", text(REPORTER) + " 5 февраля 2019",
                "Уральск", null, text(REPORTER) + " Аноним", text(REPORTER) + " +7 707 777 77 77", "ru"));
        long onePhone = fromThePhone(ONE);
        long twoPhone = fromThePhone(TWO);
        for (long id : new long[] {published, oneDraft, oneRejected, twoDraft, monitorsDraft, oneReport, twoReport,
                actor, askedReply, publicRequest, publicReportCandidate, hiddenSource, onePhone, twoPhone}) {
            ids.add(Long.toString(id));
        }
        plantRedaction();
        plantSecondFactorAndExport();
        ids.addAll(List.of("mk-published", "mk-one-draft", "mk-two-draft", "mk-one-report", "2019-02",
                "2019-02.json", "2019-02.csv", "2024-03"));
    }

    /**
     * An evidence PDF naming the staff-only marker in a file name of the same, and a published redacted copy with the
     * marker removed: the copy is public, the original never (its hash is planted among the ids too).
     */
    private void plantRedaction() {
        String original = files.store(org.kuzet.evidence.RedactionFixtures.letter("Witness " + text(STAFF_ONLY),
                "The hearing was closed to journalists."), text(STAFF_ONLY) + ".pdf", EDITOR).sha256();
        org.kuzet.evidence.Redaction copy = redactions.make(original, new org.kuzet.evidence.Redactions.Request(
                null, List.of(), HANDLES.get(STAFF_ONLY) + "\n" + STAFF_ONLY), new Viewer(EDITOR, Role.EDITOR));
        redactions.publish(copy.id(), new Viewer(EDITOR, Role.EDITOR));
        ids.addAll(List.of(original, copy.redactedSha256(), Long.toString(copy.id())));
    }

    /**
     * An account with a second factor (its TOTP key marked: nobody may ever be shown it), and a request for an
     * export with confidential fields, its reason marked as the monitor's (the requester and administrators see it).
     */
    private void plantSecondFactorAndExport() throws Exception {
        account("mk-totp-user", "Second factor", "monitor");
        String secret = NOBODY.toUpperCase(Locale.ROOT) + "A".repeat(32 - NOBODY.length());
        assertThat(twoFactor.enrol("mk-totp-user", secret, new dev.samstevens.totp.code.DefaultCodeGenerator()
                .generate(secret, java.time.Instant.now().getEpochSecond() / 30))).isPresent();
        long export = jdbc.sql("insert into confidential_export (requested_by, reason, requested_at) "
                + "values (?, ?, now()) returning id").params(MONITOR, text(MONITORS_DRAFT) + " for the lawyers")
                .query(Long.class).single();
        ids.add(Long.toString(export));
    }

    /** A correspondent's report from their phone, its text and where marked as theirs; the submission's id. */
    private long fromThePhone(String marker) {
        return submissions.receive(new Viewer(marker + "-user", Role.CORRESPONDENT), new org.kuzet.intake.Submission(
                "phone", "mk-phone-" + marker, text(marker) + " Журналиста задержали у здания суда", "7 февраля 2019",
                text(marker) + " Уральск", null, null, null, null, text(marker) + "-device", "ru", List.of())).id();
    }

    /** A planted text: the marker with its search handle. */
    private static String text(String marker) {
        return HANDLES.get(marker) + " " + marker;
    }

    private void account(String username, String displayName, String role) {
        jdbc.sql("insert into app_user (username, display_name, password_hash, role) values (?, ?, 'x', ?)")
                .params(username, displayName, role).update();
    }

    private long incident(String externalId, String title, String state, String notes, String author) {
        return jdbc.sql("""
                        insert into incident (external_id, title, summary, occurred_on, date_precision, place_code,
                                              primary_category, workflow_state, confidential_notes, created_by,
                                              submitted_by, published_at, published_by)
                        values (?, ?, 'Summary', date '2019-02-05', 'day', 'kz-oral', 'threats', ?, ?, ?, ?,
                                case when ? = 'published' then now() end, case when ? = 'published' then ? end)
                        returning id""")
                .params(externalId, title, state, notes, author, author, state, state, EDITOR)
                .query(Long.class).single();
    }

    private long inquiry(String externalId, String subject, String kind, boolean published, long incident) {
        long id = jdbc.sql("""
                        insert into inquiry (external_id, kind, addressee_name, subject, sent_on, deadline,
                                             published_at, created_by)
                        values (?, ?, 'Akimat of Oral', ?, date '2019-02-06', date '2019-02-21',
                                case when ? then now() end, ?) returning id""")
                .params(externalId, kind, subject, published, MONITOR).query(Long.class).single();
        jdbc.sql("insert into inquiry_incident values (?, ?)").params(id, incident).update();
        return id;
    }

    private void victim(long incident, long actor, String contact) {
        jdbc.sql("insert into incident_victim (incident_id, position, actor_id, name, victim_kind, contact) values "
                + "(?, 1, ?, 'Public Journalist Name', 'journalist', ?)").params(incident, actor, contact).update();
    }

    /** A correspondent's report sent through the API the way a careless client would: flagged not confidential. */
    private long report(String marker, String externalId) throws Exception {
        String body = """
                {"external_id": "%s", "kind": "correspondent_report", "title": "Report from the field %s",
                 "archived_text": "I saw it myself. %s", "correspondent": "%s Аты-жөні, +7 705 555 55 55",
                 "confidential": false}""".formatted(externalId, text(marker), text(marker), text(marker));
        MockHttpServletResponse answer = mvc.perform(post("/api/v1/sources").with(user(marker + "-user")
                        .roles("CORRESPONDENT")).with(LoginLockoutTest.from(address())).contentType(
                                MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(201);
        return jdbc.sql("select id from source where external_id = ?").param(externalId).query(Long.class).single();
    }

    @AfterEach
    void remove() {
        // the reports told directly (sealed, so found by their candidates); the phones' submissions go with them
        jdbc.sql("delete from triage_article where id in (select article_id from triage_candidate where id in "
                + "(select candidate_id from intake_submission where account like 'mk%'))").update();
        jdbc.sql("delete from triage_article where id in (select article_id from triage_candidate where id = ?)")
                .param(publicReportCandidate).update();
        jdbc.sql("delete from evidence_redaction where made_by = ?").param(EDITOR).update();
        jdbc.sql("delete from confidential_export where requested_by = ?").param(MONITOR).update();
        jdbc.sql("delete from inquiry where external_id like 'mk-%'").update();
        jdbc.sql("delete from incident where external_id like 'mk-%'").update();
        jdbc.sql("delete from source where external_id like 'mk-%'").update();
        jdbc.sql("delete from actor where external_id = 'mk-actor'").update();
        jdbc.sql("delete from app_user where username like 'mk%'").update();
        jdbc.sql("alter table report_version disable trigger report_version_immutable").update();
        jdbc.sql("delete from report_version where period = '2019-02'").update();
        jdbc.sql("alter table report_version enable trigger report_version_immutable").update();
    }

    @Test
    void noRoleSeesAMarkerItMayNot() throws Exception {
        List<Visitor> visitors = List.of(
                new Visitor("the public", anonymous(), null, Set.of()),
                new Visitor("correspondent one", user(ONE + "-user").roles("CORRESPONDENT"), Role.CORRESPONDENT,
                        Set.of(ONE)),
                new Visitor("correspondent two", user(TWO + "-user").roles("CORRESPONDENT"), Role.CORRESPONDENT,
                        Set.of(TWO)),
                new Visitor("a monitor", user(MONITOR).roles("MONITOR"), Role.MONITOR, STAFF_MAY),
                new Visitor("an editor", user(EDITOR).roles("EDITOR"), Role.EDITOR, STAFF_MAY),
                new Visitor("an admin", user("mk-admin").roles("ADMIN"), Role.ADMIN, STAFF_MAY));
        Set<String> leaks = new LinkedHashSet<>();
        for (Visitor visitor : visitors) {
            for (String path : routesFor(visitor.role())) {
                for (MockHttpServletRequestBuilder request : variants(path)) {
                    check(visitor, request.with(visitor.who()), "GET " + path, leaks);
                }
            }
            for (String marker : MARKERS) {
                for (String search : List.of("/api/v1/search", "/incidents", "/staff/incidents", "/incidents.csv",
                        "/incidents.json")) {
                    check(visitor, get(search).param("q", HANDLES.get(marker)).with(visitor.who())
                            .with(LoginLockoutTest.from(address())),
                            "search " + search + "?q=" + HANDLES.get(marker), leaks);
                }
            }
        }
        assertThat(leaks).as("answers holding a marker the role may not see, or server errors").isEmpty();
        assertThat(requests).isGreaterThan(500);
        assertThat(crawled).as("the pages of the second factor, export approvals, the phone and OpenRosa, redaction "
                + "and the published copies are among the routes crawled").contains("/login/code",
                "/staff/two-factor", "/staff/two-factor/qr.png", "/staff/admin/two-factor", "/staff/exports",
                "/staff/admin/exports", "/staff/submissions", "/staff/submissions/new", "/staff/submissions/{id}",
                "/staff/submissions/{id}/files/{name}", "/api/openrosa/formList",
                "/api/openrosa/forms/kuzet-report.xml", "/staff/evidence/{sha256}/redact",
                "/staff/evidence/{sha256}/pages/{page}.png", "/evidence/redacted/{sha256}", "/incidents/{id}");
    }

    @Test
    void everyFieldTheApiAnswersHasAVisibilityRule() throws Exception {
        RequestPostProcessor admin = user("mk-admin").roles("ADMIN");
        JsonNode incident = json(get("/api/v1/incidents/" + ids.get(0)).with(admin));
        Set<String> missing = new LinkedHashSet<>();
        uncovered("incident", incident, missing);
        incident.get("victims").forEach(victim -> uncovered("victim", victim, missing));
        json(get("/api/v1/incidents/" + ids.get(0) + "/revisions").with(admin))
                .forEach(revision -> uncovered("revision", revision, missing));
        uncovered("source", json(get("/api/v1/sources/" + ids.get(5)).with(admin)), missing);
        json(get("/api/v1/reports/2019-02/versions").with(admin))
                .forEach(version -> uncovered("report_version", version, missing));
        assertThat(missing).as("fields answered without a rule in Visibility").isEmpty();
    }

    private JsonNode json(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse answer = mvc.perform(request.with(LoginLockoutTest.from(address())))
                .andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(answer.getContentAsString(StandardCharsets.UTF_8));
        return body.has("items") ? body.get("items") : body;
    }

    private static void uncovered(String kind, JsonNode record, Set<String> missing) {
        record.propertyNames().forEach(field -> {
            if (!Visibility.covers(kind, field)) {
                missing.add(kind + "." + field);
            }
        });
    }

    private void check(Visitor visitor, MockHttpServletRequestBuilder request, String what, Set<String> leaks)
            throws Exception {
        requests++;
        MockHttpServletResponse answer = mvc.perform(request).andReturn().getResponse();
        if (answer.getStatus() >= 500) {
            leaks.add(visitor.name() + ": " + what + " answered " + answer.getStatus());
        }
        // a printout is read back as text: its words are not in the compressed bytes
        String body = (isPdf(answer) ? org.kuzet.Pdfs.text(answer.getContentAsByteArray())
                : new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8)).toLowerCase(Locale.ROOT);
        for (String marker : MARKERS) {
            if (!visitor.mays().contains(marker) && body.contains(marker)) {
                leaks.add(visitor.name() + ": " + what + " shows " + marker);
            }
        }
    }

    private static boolean isPdf(MockHttpServletResponse answer) {
        return answer.getStatus() == 200 && answer.getContentType() != null
                && answer.getContentType().startsWith("application/pdf");
    }

    /** Every GET route the route table lets this role (null: the public) use, with planted ids in its variables. */
    private Set<String> routesFor(Role role) {
        Set<String> paths = new LinkedHashSet<>();
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
                        if (rule.isPresent() && rule.get().access().permits(role)) {
                            paths.add(path);
                            crawled.add(pattern);
                        }
                    }
                }
            }
        }
        return paths;
    }

    private List<String> paths(String pattern) {
        String wild = pattern.replace("**", "x").replace("*", "x");
        if (!wild.contains("{")) {
            return List.of(wild);
        }
        return ids.stream().map(id -> wild.replaceAll("\\{[^}]*}", id)).distinct().toList();
    }

    private List<MockHttpServletRequestBuilder> variants(String path) {
        return List.of(
                get(path).with(LoginLockoutTest.from(address())),
                get(path).with(LoginLockoutTest.from(address()))
                        .param("state", "draft").param("workflow_state", "all").param("include", "all")
                        .param("live", "true").param("confidential", "true").param("fields", "*")
                        .param("q", "Public Journalist Name"),
                get(path).with(LoginLockoutTest.from(address())).accept("text/csv", "*/*"));
    }

    /** A new address for each request, so the per-address rate limit never answers for the route. */
    private String address() {
        int n = requests + ids.size() * 1000;
        return "10.202." + (n / 250 % 250) + "." + (n % 250 + 1);
    }
}
