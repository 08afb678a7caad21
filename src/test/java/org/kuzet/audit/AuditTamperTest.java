package org.kuzet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone with the database superuser's powers switches the protective trigger off and edits history; the chain
 * check finds the edit. (The test database's user is that superuser; afterwards the log is emptied and the trigger
 * switched back on, so other tests start from an intact chain.)
 */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class AuditTamperTest {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditChain chain;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    List<AuditEntry> entries;

    @BeforeEach
    void threeEntries() {
        withoutProtection("delete from audit_entry");
        entries = List.of(
                tx.execute(s -> audit.record("aigerim", "incident.created", "incident", 1, null, Map.of("people_affected", 16))),
                tx.execute(s -> audit.record("daniyar", "incident.published", "incident", 1, null, Map.of("people_affected", 16))),
                tx.execute(s -> audit.record("daniyar", "report.published", "report", "2024-03", null, Map.of("incidents", 54))));
        assertThat(chain.verify().intact()).isTrue();
    }

    @AfterEach
    void emptyAgain() {
        withoutProtection("delete from audit_entry");
    }

    @Test
    void aChangedFigureIsFound() {
        withoutProtection("update audit_entry set after = '{\"people_affected\": 2}' where id = " + entries.get(1).id());
        AuditVerification result = chain.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtSeq()).isEqualTo(entries.get(1).seq());
        assertThat(result.problem()).contains("was changed");
        assertThat(result.entries()).isEqualTo(1);
    }

    @Test
    void aChangedEntryWhoseHashWasRecomputedIsFoundByTheNextLink() {
        AuditEntry second = entries.get(1);
        String forged = AuditHash.of(second.prevHash(), second.seq(), second.recordedAt(), "someone-else",
                second.action(), second.entityType(), second.entityId(), second.before(), second.after());
        withoutProtection("update audit_entry set actor = 'someone-else', hash = '" + forged + "' where id = " + second.id());
        AuditVerification result = chain.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtSeq()).isEqualTo(entries.get(2).seq());
        assertThat(result.problem()).contains("does not follow");
    }

    @Test
    void aRemovedEntryIsFound() {
        withoutProtection("delete from audit_entry where id = " + entries.get(1).id());
        AuditVerification result = chain.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtSeq()).isEqualTo(entries.get(2).seq());
        assertThat(result.problem()).contains("removed");
    }

    private void withoutProtection(String sql) {
        jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
        try {
            jdbc.sql(sql).update();
        } finally {
            jdbc.sql("alter table audit_entry enable trigger audit_entry_append_only").update();
        }
    }
}
