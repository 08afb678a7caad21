package org.kuzet.report;

import org.kuzet.report.internal.CaseCounts;
import org.kuzet.report.internal.Counting;
import org.kuzet.report.internal.CourtOutcomes;
import org.kuzet.report.internal.YearIndicator;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kuzet.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report reads counts kept by triggers (V13) instead of the records. After every kind of change to incidents
 * and legal cases, those counts must equal the records counted directly, and so must the report's figures.
 */
@SpringBootTest
@OwnDatabase // it changes, deletes and truncates every incident and case, and counts them all
class ReportCountsTest {

    private static final List<String> PERIODS = List.of("2024-03", "2024-04", "2024-Q1", "2024", "2023",
            "2024-03-10..2024-03-20", "2019-01-01..2024-12-31");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Counting counting;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void countsFollowEveryChangeToIncidents() {
        // one statement writing several rows, of every precision and state
        jdbc.sql("""
                insert into incident (title, occurred_on, date_precision, primary_category, workflow_state) values
                ('a', date '2024-03-05', 'day', 'attacks', 'published'),
                ('b', date '2024-03-05', 'day', 'attacks', 'published'),
                ('c', date '2024-03-01', 'month', 'threats', 'published'),
                ('d', date '2024-01-01', 'year', 'attacks', 'published'),
                ('e', date '2024-03-15', 'day', 'refusal_of_information', 'draft'),
                ('f', date '2023-03-20', 'day', 'interference_professional_activity', 'published'),
                ('g', date '2024-04-02', 'day', 'threats', 'in_review')""").update();
        agrees();
        assertThat(counting.groups(Period.parse("2024-03")).stream()
                .filter(g -> g.including().containsKey("attacks")).findFirst().orElseThrow()
                .including().get("attacks")).isEqualTo(2);

        // moved to another month, another category; published; unpublished; deleted
        jdbc.sql("update incident set occurred_on = date '2024-04-11' where title = 'a'").update();
        agrees();
        jdbc.sql("update incident set primary_category = 'detention' where title = 'b'").update();
        agrees();
        jdbc.sql("update incident set workflow_state = 'published' where title in ('e', 'g')").update();
        agrees();
        jdbc.sql("update incident set workflow_state = 'draft' where title = 'c'").update();
        agrees();
        jdbc.sql("update incident set date_precision = 'month', occurred_on = date '2024-03-01' where title = 'b'")
                .update();
        agrees();
        jdbc.sql("update incident set title = 'renamed', revision = revision + 1").update(); // changes no count
        agrees();
        jdbc.sql("delete from incident where title in ('renamed') and occurred_on < date '2024-01-02'").update();
        agrees();
        assertThat(jdbc.sql("select count(*) from report_incident_count where incidents = 0").query(Long.class)
                .single()).isZero();

        // a change undone by a rollback leaves no trace in the counts
        Map<String, Long> before = counting.figures(Period.parse("2024")).flat();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("delete from incident").update();
            status.setRollbackOnly();
        });
        assertThat(counting.figures(Period.parse("2024")).flat()).isEqualTo(before);

        jdbc.sql("truncate incident cascade").update();
        assertThat(jdbc.sql("select count(*) from report_incident_count").query(Long.class).single()).isZero();
    }

    @Test
    void countsFollowEveryChangeToLegalCasesAndTheirTimelines() {
        jdbc.sql("""
                insert into legal_case (title, kind, stage, basis, opened_on, opened_precision, direction,
                                        honour_and_dignity, claimed_kzt) values
                ('k1', 'criminal', 'pretrial', 'kz-cc-274', date '2024-03-04', 'day', 'against_media', false, null),
                ('k2', 'civil', 'pretrial', 'kz-civ-143', date '2024-03-01', 'month', 'against_media', true, 5000000),
                ('k3', 'civil', 'pretrial', null, date '2024-03-09', 'day', 'against_media', false, 700000),
                ('k4', 'criminal', 'pretrial', 'kz-cc-158', date '2024-02-12', 'day', 'brought_by_media', false, null),
                ('k5', 'administrative', 'pretrial', 'kz-ac-73-3', date '2024-01-01', 'year', 'against_media', false,
                 null)""").update();
        agrees();
        long k1 = id("k1");
        long k4 = id("k4");
        // the criminal case reaches a court in April: in court for the quarter ending in June, not for March
        jdbc.sql("""
                insert into legal_case_event (case_id, position, occurred_on, date_precision, kind, description)
                values (:id, 1, date '2024-03-04', 'day', 'filed', ''), (:id, 2, date '2024-04-20', 'day',
                'sent_to_court', '')""").param("id", k1).update();
        assertThat(counting.cases(Period.parse("2024-03")).criminalInCourt()).isZero();
        assertThat(counting.cases(Period.parse("2024-03-01..2024-06-30")).criminalInCourt()).isEqualTo(1);
        jdbc.sql("""
                insert into legal_case_event (case_id, position, occurred_on, date_precision, kind, description,
                                              in_favour_of_media)
                values (:id, 1, date '2024-05-02', 'day', 'sent_to_court', '', null),
                       (:id, 2, date '2024-09-02', 'day', 'judgment', '', true)""").param("id", k4).update();
        assertThat(counting.art158(Period.parse("2024")).getLast())
                .isEqualTo(new YearIndicator(2024, 0, 1, 1, 1));
        agrees();

        long k2 = id("k2");
        jdbc.sql("""
                insert into legal_case_event (case_id, position, occurred_on, date_precision, kind, description,
                                              in_favour_of_media, amount_kzt)
                values (:id, 1, date '2024-05-01', 'month', 'judgment', '', false, null),
                       (:id, 2, date '2024-06-11', 'day', 'appeal', '', null, null),
                       (:id, 3, date '2024-07-15', 'day', 'enforcement', '', null, 1500000),
                       (:id, 4, date '2024-07-20', 'day', 'enforcement', '', null, 250000)""").param("id", k2).update();
        agrees();
        assertThat(counting.collected(Period.parse("2024-07"))).isEqualTo(1_750_000);
        assertThat(counting.court(Period.parse("2024-Q2"))).isEqualTo(new CourtOutcomes(2, 0));
        // an appeal decided for the media, moved to another month; money corrected; an event struck out
        jdbc.sql("update legal_case_event set in_favour_of_media = true, occurred_on = date '2024-08-02' "
                + "where case_id = :id and position = 2").param("id", k2).update();
        agrees();
        assertThat(counting.court(Period.parse("2024-08"))).isEqualTo(new CourtOutcomes(1, 1));
        jdbc.sql("update legal_case_event set amount_kzt = 300000 where case_id = :id and position = 4")
                .param("id", k2).update();
        agrees();
        jdbc.sql("delete from legal_case_event where case_id = :id and position = 3").param("id", k2).update();
        agrees();
        assertThat(counting.collected(Period.parse("2024-07"))).isEqualTo(300_000);
        // the complaint turns out to be a civil claim: its steps leave the art. 158 series
        jdbc.sql("update legal_case set basis = 'kz-civ-143', kind = 'civil' where id = :id").param("id", k4).update();
        agrees();
        assertThat(counting.art158(Period.parse("2024")).getLast()).isEqualTo(new YearIndicator(2024, 0, 0, 0, 0));
        jdbc.sql("update legal_case set basis = 'kz-cc-158', kind = 'criminal' where id = :id").param("id", k4)
                .update();
        agrees();
        assertThat(counting.art158(Period.parse("2024")).getLast()).isEqualTo(new YearIndicator(2024, 0, 1, 1, 1));

        jdbc.sql("update legal_case set claimed_kzt = 6000000 where title = 'k2'").update();
        agrees();
        jdbc.sql("update legal_case set opened_on = date '2024-04-07' where title = 'k3'").update();
        agrees();
        jdbc.sql("update legal_case set direction = 'brought_by_media', basis = 'kz-civ-951' where title = 'k2'")
                .update();
        agrees();
        jdbc.sql("update legal_case set kind = 'criminal', basis = 'kz-cc-147' where title = 'k3'").update();
        agrees();
        jdbc.sql("delete from legal_case where title = 'k1'").update();
        agrees();
        jdbc.sql("delete from legal_case where title = 'k2'").update(); // with its decisions and money
        agrees();
        assertThat(counting.collected(Period.parse("2024"))).isZero();
        assertThat(counting.cases(Period.parse("2024")).criminalInCourt()).isZero();
        assertThat(jdbc.sql("select count(*) from report_case_count where cases = 0").query(Long.class).single())
                .isZero();

        jdbc.sql("truncate legal_case cascade").update();
        assertThat(jdbc.sql("select count(*) from report_case_count").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from report_event_count").query(Long.class).single()).isZero();
    }

    private long id(String title) {
        return jdbc.sql("select id from legal_case where title = :t").param("t", title).query(Long.class).single();
    }

    /** The kept counts equal the records counted now, and so do the figures of every period. */
    private void agrees() {
        assertThat(rows("select occurred_on || ' ' || date_precision || ' ' || primary_category, incidents "
                + "from report_incident_count"))
                .isEqualTo(rows("select occurred_on || ' ' || date_precision || ' ' || primary_category, count(*) "
                        + "from incident where workflow_state = 'published' group by 1"));
        assertThat(rows("select concat_ws(' ', opened_on, opened_precision, direction, kind, basis, "
                + "honour_and_dignity, claimed_kzt), cases from report_case_count"))
                .isEqualTo(rows("select concat_ws(' ', opened_on, opened_precision, direction, kind, "
                        + "coalesce(basis, ''), honour_and_dignity, coalesce(sum(claimed_kzt), 0)), count(*) "
                        + "from legal_case group by opened_on, opened_precision, direction, kind, coalesce(basis, ''), "
                        + "honour_and_dignity"));
        assertThat(rows("select concat_ws(' ', occurred_on, date_precision, kind, direction, basis, "
                + "in_favour_of_media, amount_kzt), events from report_event_count"))
                .isEqualTo(rows("select concat_ws(' ', e.occurred_on, e.date_precision, e.kind, c.direction, "
                        + "coalesce(c.basis, ''), coalesce(e.in_favour_of_media, false), coalesce(sum(e.amount_kzt), 0)), "
                        + "count(*) from legal_case_event e join legal_case c on c.id = e.case_id "
                        + "group by e.occurred_on, e.date_precision, e.kind, c.direction, coalesce(c.basis, ''), "
                        + "coalesce(e.in_favour_of_media, false)"));
        for (String key : PERIODS) {
            Period p = Period.parse(key);
            assertThat(groupsCountedDirectly(p)).as(key).isEqualTo(groupsCounted(p));
            assertThat(casesCountedDirectly(p)).as(key).isEqualTo(casesCounted(p));
        }
    }

    private Map<String, Long> rows(String sql) {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.sql(sql).query((rs, n) -> rows.put(rs.getString(1), rs.getLong(2))).list();
        return rows;
    }

    private Map<String, Long> groupsCounted(Period p) {
        Map<String, Long> m = new TreeMap<>();
        counting.groups(p).forEach(g -> g.including().forEach((c, n) -> {
            if (n > 0) {
                m.put(c, n);
            }
        }));
        return m;
    }

    private Map<String, Long> groupsCountedDirectly(Period p) {
        Map<String, Long> m = new TreeMap<>();
        jdbc.sql("select i.primary_category, count(*) from incident i join category c on c.code = i.primary_category "
                        + "where c.kind = 'category' and c.counted and c.retired_in is null and c.group_code in "
                        + "(select code from category where kind = 'group' and counted and retired_in is null) and "
                        + "i.workflow_state = 'published' and" + Counting.within("i.occurred_on", "i.date_precision")
                        + " group by 1")
                .param("start", Date.valueOf(p.start())).param("end", Date.valueOf(p.end()))
                .query((rs, n) -> m.put(rs.getString(1), rs.getLong(2))).list();
        return m;
    }

    private String casesCounted(Period p) {
        CaseCounts c = counting.cases(p);
        return List.of(c.criminal(), c.administrative(), c.civil(), c.civilHonour(), c.claimedKzt()) + " "
                + new TreeMap<>(c.basesByKind().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> new TreeMap<>(e.getValue()))));
    }

    private String casesCountedDirectly(Period p) {
        Map<String, Map<String, Long>> bases = new TreeMap<>();
        jdbc.sql("select kind, coalesce(basis, ''), count(*) from legal_case c where c.direction = 'against_media' and"
                        + Counting.within("c.opened_on", "c.opened_precision") + " group by 1, 2")
                .param("start", Date.valueOf(p.start())).param("end", Date.valueOf(p.end()))
                .query((rs, n) -> bases.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                        .put(rs.getString(2), rs.getLong(3))).list();
        return jdbc.sql("""
                select count(*) filter (where kind = 'criminal'), count(*) filter (where kind = 'administrative'),
                       count(*) filter (where kind = 'civil'), count(*) filter (where kind = 'civil' and honour_and_dignity),
                       coalesce(sum(claimed_kzt), 0)
                from legal_case c where c.direction = 'against_media' and"""
                        + Counting.within("c.opened_on", "c.opened_precision"))
                .param("start", Date.valueOf(p.start())).param("end", Date.valueOf(p.end()))
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))
                        + " " + bases).single();
    }
}
