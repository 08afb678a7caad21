package org.kuzet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** Entries go in with the change that caused them, chain onto each other, and cannot be updated or deleted. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditLogTest {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditChain chain;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void eachEntryCarriesTheHashOfTheOneBefore() {
        AuditEntry first = tx.execute(s -> audit.record("aigerim", "incident.created", "incident", 9001, null,
                incident("Журналиста не пустили на заседание", "draft")));
        AuditEntry second = tx.execute(s -> audit.record("daniyar", "incident.published", "incident", 9001,
                incident("Журналиста не пустили на заседание", "draft"),
                incident("Журналиста не пустили на заседание", "published")));
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(second.seq()).isEqualTo(first.seq() + 1);
        AuditVerification verified = chain.verify();
        assertThat(verified.intact()).as(verified.problem()).isTrue();
        assertThat(verified.headHash()).isEqualTo(second.hash());
    }

    @Test
    void aRolledBackChangeLeavesNoEntry() {
        long before = count();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            audit.record("aigerim", "incident.created", "incident", 9002, null, Map.of("title", "x"));
            throw new IllegalStateException("the change itself failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void recordingOutsideATransactionIsAMistakeThatFailsLoudly() {
        assertThatThrownBy(() -> audit.record("x", "y", "incident", 1, null, null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theTableRefusesUpdatesAndDeletes() {
        tx.execute(s -> audit.record("aigerim", "actor.renamed", "actor", 77, Map.of("name", "Azattyk"),
                Map.of("name", "Азаттық")));
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone else'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void anIncidentsHistoryIsServedToMonitorsButNotToCorrespondentsOrThePublic() throws Exception {
        tx.execute(s -> audit.record("aigerim", "incident.created", "incident", 9003, null,
                incident("Блокировка сайта", "draft")));
        tx.execute(s -> audit.record("daniyar", "incident.published", "incident", 9003,
                incident("Блокировка сайта", "draft"), incident("Блокировка сайта", "published")));
        String body = mvc.perform(get("/api/v1/audit").param("entity_type", "incident").param("entity_id", "9003")
                .with(user("m").roles("MONITOR"))).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"action\":\"incident.created\"", "\"action\":\"incident.published\"",
                "\"workflow_state\":\"published\"", "Блокировка сайта", "\"recorded_at\"");
        assertThat(body.indexOf("incident.created")).isLessThan(body.indexOf("incident.published"));
        assertThat(status(user("c").roles("CORRESPONDENT"))).isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/audit").param("entity_type", "incident").param("entity_id", "9003"))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(get("/api/v1/audit").with(user("m").roles("MONITOR"))).andReturn().getResponse()
                .getContentAsString()).contains("entity_type", "entity_id");
    }

    private int status(org.springframework.test.web.servlet.request.RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/api/v1/audit").param("entity_type", "incident").param("entity_id", "9003").with(who))
                .andReturn().getResponse().getStatus();
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    private static Map<String, Object> incident(String title, String state) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", title);
        map.put("workflow_state", state);
        map.put("people_affected", 16);
        return map;
    }
}
