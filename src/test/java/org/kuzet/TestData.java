package org.kuzet;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test classes share one Spring context and so one database: a class that counts records starts from empty
 * domain tables (the taxonomy, the gazetteer and the staff accounts stay).
 */
public final class TestData {

    private TestData() {
    }

    public static void clean(JdbcClient jdbc) {
        jdbc.sql("truncate incident, legal_case, statement, context_event, source, actor restart identity cascade")
                .update();
    }
}
