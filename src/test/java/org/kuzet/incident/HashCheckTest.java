package org.kuzet.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** V8 says the rule on stored hashes more cheaply; it must still be the rule: 64 lower-case hexadecimal digits. */
@SpringBootTest
class HashCheckTest {

    private static final String GOOD = "0123456789abcdef".repeat(4);

    @Autowired
    JdbcClient jdbc;

    private int storeIncidentHash(String hash) {
        return jdbc.sql("""
                insert into incident (title, occurred_on, date_precision, primary_category, dataset_sha256)
                values ('Hash check', date '2024-01-01', 'day', 'threats', ?)""").param(hash).update();
    }

    private int storeSourceHash(String hash) {
        return jdbc.sql("insert into source (kind, title, sha256) values ('other', 'Hash check', ?)").param(hash)
                .update();
    }

    @Test
    @Transactional
    void sixtyFourLowerCaseHexDigitsAreStored() {
        assertThat(storeIncidentHash(GOOD)).isOne();
        assertThat(storeSourceHash(GOOD)).isOne();
    }

    /** Each refused insert in a transaction of its own (autocommit), so the next one can still run. */
    @Test
    void anythingElseIsRefused() {
        for (String bad : new String[] {GOOD.substring(1), GOOD.toUpperCase(), GOOD.substring(1) + "g",
            GOOD.substring(1) + " ", " " + GOOD.substring(1), GOOD.substring(2) + "-0"}) {
            assertThatThrownBy(() -> storeIncidentHash(bad)).as(bad)
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .hasMessageContaining("incident_dataset_sha256_check");
            assertThatThrownBy(() -> storeSourceHash(bad)).as(bad)
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .hasMessageContaining("source_sha256_check");
        }
    }
}
