package org.kuzet.report;

import java.sql.Date;
import java.time.LocalDate;
import org.kuzet.calendar.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes test records straight into the tables, the way an import or the forms would have left them. */
final class Fixtures {

    private final JdbcClient jdbc;

    Fixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long incident(String date, String category, String place, String title, String state) {
        PartialDate d = PartialDate.parse(date);
        return jdbc.sql("""
                insert into incident (title, occurred_on, date_precision, place_code, primary_category, workflow_state)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(title, Date.valueOf(d.start()), d.precision().code(), place, category, state)
                .query(Long.class).single();
    }

    long published(String date, String category, String place, String title) {
        return incident(date, category, place, title, "published");
    }

    void outlet(long incident, String name) {
        jdbc.sql("""
                insert into incident_victim (incident_id, position, name, victim_kind)
                values (?, (select count(*) from incident_victim where incident_id = ?), ?, 'media_outlet')""")
                .params(incident, incident, name).update();
    }

    /** A case opened (filed) on {@code opened}; its first event is the filing. */
    long legalCase(String opened, String kind, String basis, String direction, boolean honour, Long claimed) {
        PartialDate d = PartialDate.parse(opened);
        long id = jdbc.sql("""
                insert into legal_case (title, kind, stage, basis, opened_on, opened_precision, direction,
                    honour_and_dignity, claimed_kzt) values (?, ?, 'pretrial', ?, ?, ?, ?, ?, ?) returning id""")
                .params(kind + " case " + basis + " opened " + opened, kind, basis, Date.valueOf(d.start()),
                        d.precision().code(), direction, honour, claimed)
                .query(Long.class).single();
        event(id, opened, "filed", null, null);
        return id;
    }

    long against(String opened, String kind, String basis, boolean honour, Long claimed) {
        return legalCase(opened, kind, basis, "against_media", honour, claimed);
    }

    void event(long caseId, String date, String kind, Boolean inFavour, Long amount) {
        PartialDate d = PartialDate.parse(date);
        jdbc.sql("""
                insert into legal_case_event (case_id, position, occurred_on, date_precision, kind, in_favour_of_media,
                    amount_kzt) values (?, (select count(*) from legal_case_event where case_id = ?), ?, ?, ?, ?, ?)""")
                .params(caseId, caseId, Date.valueOf(d.start()), d.precision().code(), kind, inFavour, amount)
                .update();
    }

    void context(String date, String place, String kind, String title) {
        PartialDate d = PartialDate.parse(date);
        jdbc.sql("""
                insert into context_event (occurred_on, date_precision, place_code, kind, title)
                values (?, ?, ?, ?, ?)""")
                .params(Date.valueOf(d.start()), d.precision().code(), place, kind, title).update();
    }

    static String day(int year, int month, int day) {
        return LocalDate.of(year, month, day).toString();
    }
}
