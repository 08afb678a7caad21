package org.kuzet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kuzet.legalcase.LegalCaseBook;
import org.kuzet.report.Period;
import org.kuzet.report.PublishedReport;
import org.kuzet.report.ReportDesk;
import org.kuzet.security.ApiTokens;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Every kind of record changed through its real door leaves an entry naming who, which record and what happened,
 * written in the change's own transaction; and the chain still verifies afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChangeTrailTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;
    @Autowired
    AuditChain chain;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    LegalCaseBook cases;
    @Autowired
    ReportDesk reports;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ApiTokens tokens;

    private final String monitor = "trail-monitor-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLegalCaseOpenedChangedAndFollowedHasItsTrail() throws Exception {
        long id = created("/api/v1/legal-cases", """
                {"title": "Claim against a news site", "kind": "civil", "direction": "against_media",
                 "opened_on": "2019-02-01"}""");
        send(put("/api/v1/legal-cases/" + id).header("If-Match", "\"1\""), """
                {"title": "Claim against a news site (renamed)", "kind": "civil", "direction": "against_media",
                 "opened_on": "2019-02-01"}""");
        send(post("/api/v1/legal-cases/" + id + "/events").header("If-Match", "\"2\""), """
                {"date": "2019-03-01", "kind": "filed"}""");
        List<AuditEntry> trail = trailOf("legal_case", id);
        assertThat(trail).extracting(AuditEntry::action)
                .containsExactly("legal_case.opened", "legal_case.changed", "legal_case.event_added");
        assertThat(trail).extracting(AuditEntry::actor).containsOnly(monitor);
        assertThat(json.readTree(trail.get(1).before()).get("title").stringValue()).isEqualTo("Claim against a news site");
        assertThat(json.readTree(trail.get(1).after()).get("title").stringValue()).endsWith("(renamed)");
        assertThat(json.readTree(trail.get(2).after()).get("events")).hasSize(1);
        assertIntact();
    }

    @Test
    void anActorAndAStatementHaveTheirTrails() throws Exception {
        long actor = created("/api/v1/actors", """
                {"kind": "person", "actor_type": "official", "name": "Trail Official"}""");
        send(put("/api/v1/actors/" + actor).header("If-Match", "\"1\""), """
                {"kind": "person", "actor_type": "official", "name": "Trail Official", "aliases": ["T. Official"]}""");
        long statement = created("/api/v1/statements", """
                {"speaker": %d, "date": "2024-05", "stance": "rebuttal", "summary": "Denied it."}""".formatted(actor));
        send(put("/api/v1/statements/" + statement).header("If-Match", "\"1\""), """
                {"speaker": %d, "date": "2024-05", "stance": "concern", "summary": "Denied it."}""".formatted(actor));
        assertThat(trailOf("actor", actor)).extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("actor.created", monitor),
                        org.assertj.core.groups.Tuple.tuple("actor.changed", monitor));
        List<AuditEntry> statementTrail = trailOf("statement", statement);
        assertThat(statementTrail).extracting(AuditEntry::action)
                .containsExactly("statement.created", "statement.changed");
        assertThat(json.readTree(statementTrail.get(1).before()).get("stance").stringValue()).isEqualTo("rebuttal");
        assertThat(json.readTree(statementTrail.get(1).after()).get("stance").stringValue()).isEqualTo("concern");
        assertIntact();
    }

    @Test
    void publishingAReportAccountsTokensAndEvidenceHaveTheirEntries() throws Exception {
        PublishedReport published = reports.publish(Period.parse("2020-09"), "trail-editor", "first issue");
        assertThat(audit.history("report", "2020-09")).last()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("report.published");
                    assertThat(e.actor()).isEqualTo("trail-editor");
                    assertThat(json.readTree(e.after()).get("version").intValue()).isEqualTo(published.version());
                });
        signIn("trail-admin");
        String account = monitor + "-acct";
        accounts.create(account, "Trail account", "correct horse battery", Role.MONITOR);
        assertThat(audit.history("app_user", account)).singleElement()
                .satisfies(e -> assertThat(e.actor() + " " + e.action()).isEqualTo("trail-admin user.created"));
        ApiTokens.Issued token = tokens.create(account, "nightly export");
        tokens.revoke(token.id());
        assertThat(audit.history("api_token", Long.toString(token.id()))).extracting(AuditEntry::action)
                .containsExactly("api_token.created", "api_token.revoked");
        assertThat(audit.history("api_token", Long.toString(token.id()))).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("trail-admin");
            assertThat(e.after()).doesNotContain(token.token());
        });
        String text = "Evidence for the trail " + UUID.randomUUID();
        String answer = mvc.perform(post("/api/v1/files").param("name", "note.txt").with(user(monitor).roles("MONITOR"))
                        .content(text.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String sha = json.readTree(answer).get("sha256").stringValue();
        assertThat(audit.history("stored_file", sha)).singleElement()
                .satisfies(e -> assertThat(e.actor() + " " + e.action()).isEqualTo(monitor + " file.stored"));
        assertIntact();
    }

    @Test
    void theEntryIsWrittenInTheChangesTransactionAndRolledBackWithIt() {
        signIn(monitor);
        long[] opened = new long[1];
        tx.executeWithoutResult(status -> {
            opened[0] = cases.open(json.readTree("""
                    {"title": "A case that is never kept", "kind": "civil", "direction": "against_media",
                     "opened_on": "2020-01-01"}""")).id();
            assertThat(trailOf("legal_case", opened[0])).extracting(AuditEntry::action)
                    .containsExactly("legal_case.opened");
            status.setRollbackOnly();
        });
        assertThat(trailOf("legal_case", opened[0])).isEmpty();
        assertThat(jdbc.sql("select count(*) from legal_case where id = ?").param(opened[0]).query(Long.class)
                .single()).isZero();
        assertIntact();
    }

    private long created(String path, String body) throws Exception {
        String answer = mvc.perform(post(path).with(user(monitor).roles("MONITOR"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").longValue();
    }

    private void send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
            throws Exception {
        mvc.perform(request.with(user(monitor).roles("MONITOR")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
    }

    /**
     * The record's trail from this test on: other classes empty the tables and restart their ids, so an id may
     * carry older entries of a record that no longer exists (the log keeps every entry).
     */
    private List<AuditEntry> trailOf(String kind, long id) {
        return audit.history(kind, Long.toString(id)).stream().filter(e -> !e.recordedAt().isBefore(started))
                .toList();
    }

    private final java.time.Instant started = java.time.Instant.now().minusSeconds(1);

    private void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    private void assertIntact() {
        AuditVerification verified = chain.verify();
        assertThat(verified.intact()).as(verified.problem()).isTrue();
    }

}
