package org.kuzet.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.audit.AuditEntry;
import org.kuzet.audit.AuditLog;
import org.kuzet.core.Today;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/** The staff page of the log: filters by record, person and period, in the reader's language, monitors and up. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ObjectMapper json;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String alice = "pages-alice-" + tag;
    private final String bob = "pages-bob-" + tag;
    private final String caseId = "9" + Math.abs(tag.hashCode() % 1_000_000);
    private AuditEntry opened;
    private AuditEntry changed;
    private AuditEntry actorAdded;
    private AuditEntry account;

    @BeforeEach
    void entries() {
        opened = write(alice, "legal_case.opened", "legal_case", caseId);
        changed = write(bob, "legal_case.changed", "legal_case", caseId);
        actorAdded = write(alice, "actor.created", "actor", caseId);
        account = write(alice, "user.created", "app_user", "pages-account-" + tag);
    }

    private AuditEntry write(String who, String action, String kind, String id) {
        return tx.execute(s -> audit.record(who, action, kind, id, null, Map.of("title", "Entry " + tag)));
    }

    @Test
    void aRecordsTrailHoldsItsOwnEntriesOnly() throws Exception {
        String page = page(get("/staff/audit").param("kind", "legal_case").param("id", caseId), "MONITOR");
        assertThat(page).contains(row(opened), row(changed)).doesNotContain(row(actorAdded));
        assertThat(page).contains(alice, bob, "Case opened", "Case changed");
    }

    @Test
    void aPersonsEntriesAcrossRecords() throws Exception {
        String page = page(get("/staff/audit").param("person", alice), "EDITOR");
        assertThat(page).contains(row(opened), row(actorAdded)).doesNotContain(row(changed));
    }

    @Test
    void aPeriodOfWholeDays() throws Exception {
        LocalDate today = LocalDate.now(Today.CLOCK); // the days staff read are Kazakhstan's
        assertThat(page(get("/staff/audit").param("person", bob).param("from", today.toString())
                .param("to", today.toString()), "MONITOR")).contains(row(changed));
        assertThat(page(get("/staff/audit").param("person", bob).param("to", today.minusDays(1).toString()),
                "MONITOR")).doesNotContain(row(changed));
        assertThat(page(get("/staff/audit").param("person", bob).param("from", today.plusDays(1).toString()),
                "MONITOR")).doesNotContain(row(changed));
    }

    @Test
    void aBadDateIsNamedInTheReadersLanguageAndNothingIsListed() throws Exception {
        String page = page(get("/staff/audit").param("person", bob).param("from", "last spring").param("lang", "ru"),
                "MONITOR");
        assertThat(page).contains("Укажите дату", "Журнал изменений").doesNotContain(row(changed));
        assertThat(page(get("/staff/audit").param("from", "2025-02").param("to", "2025-01").param("lang", "kk"),
                "MONITOR")).contains("Бұл күн бастапқы күннен ерте болмауы керек");
    }

    @Test
    void entriesAboutAccountsAreForAdminsOnly() throws Exception {
        MockHttpServletRequestBuilder accounts = get("/staff/audit").param("kind", "app_user");
        assertThat(page(accounts, "MONITOR")).doesNotContain(row(account));
        assertThat(page(get("/staff/audit").param("kind", "app_user"), "ADMIN")).contains(row(account));
        // the kinds are offered by name in the reader's language, accounts only to whoever may read them
        org.jsoup.nodes.Document monitors = org.jsoup.Jsoup.parse(page(get("/staff/audit").param("lang", "ru")
                .param("kind", "legal_case"), "MONITOR"));
        assertThat(monitors.select("#audit-kind option").eachText()).contains("Любой", "Нарушение", "Судебное дело")
                .doesNotContain("Учётная запись").noneMatch(t -> t.contains("_"));
        assertThat(monitors.select("#audit-kind option[selected]").text()).isEqualTo("Судебное дело");
        assertThat(org.jsoup.Jsoup.parse(page(get("/staff/audit").param("lang", "kk"), "ADMIN"))
                .select("#audit-kind option").eachAttr("value")).contains("app_user", "api_token");
    }

    @Test
    void onlyMonitorsAndUpReadTheLog() throws Exception {
        mvc.perform(get("/staff/audit").with(user("pages-reporter").roles("CORRESPONDENT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/audit")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/staff/audit").with(user("pages-monitor").roles("MONITOR"))).andExpect(status().isOk());
    }

    @Test
    void theCasePageShowsTheCasesTrail() throws Exception {
        String answer = mvc.perform(post("/api/v1/legal-cases").with(user(alice).roles("MONITOR"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title": "Claim with a trail", "kind": "civil", "direction": "against_media",
                                 "opened_on": "2021-04-01"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(answer).get("id").longValue();
        AuditEntry entry = audit.history("legal_case", Long.toString(id)).getFirst();
        String casePage = page(get("/staff/cases/" + id), "MONITOR");
        assertThat(casePage).contains(row(entry), "History of changes", alice);
        // no court and no basis known: no empty rows for them
        assertThat(org.jsoup.Jsoup.parse(casePage).select("th").eachText()).doesNotContain("Court", "Legal basis");
    }

    private String page(MockHttpServletRequestBuilder request, String role) throws Exception {
        return mvc.perform(request.with(user("pages-" + role.toLowerCase()).roles(role)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String row(AuditEntry entry) {
        return "id=\"audit-" + entry.seq() + "\"";
    }
}
