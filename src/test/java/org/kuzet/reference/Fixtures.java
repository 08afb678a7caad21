package org.kuzet.reference;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows other features own (incidents), written directly so reference tests need not go through their API. */
public final class Fixtures {

    private Fixtures() {
    }

    /** An incident in the given workflow state ("published", "draft"...). */
    public static long incident(JdbcClient jdbc, String externalId, String title, String state) {
        return jdbc.sql("""
                insert into incident (external_id, title, occurred_on, date_precision, place_code, primary_category,
                                      workflow_state)
                values (?, ?, date '2024-03-01', 'month', 'kz-kostanay', 'judicial_transparency_violation', ?)
                returning id""").params(externalId, title, state).query(Long.class).single();
    }

    public static void link(JdbcClient jdbc, long incident, long source) {
        jdbc.sql("insert into incident_source (incident_id, source_id) values (?, ?)").params(incident, source)
                .update();
    }
}
