package org.kuzet.inquiry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.inquiry.InquiryFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly counts per body (inquiry_year_count, kept by triggers on each write) give the public page the same
 * figures as placing every request: whole years over and not over, answers that come after the year ends, deadlines
 * on and after the last day of the year, extensions, drafts, bodies known by name or as actors, and every kind of
 * write (insert, answer, extension, publishing, deletion, another addressee). Each test runs in a transaction that
 * is rolled back, on its own requests only.
 */
@SpringBootTest
@Transactional
class InquiryYearCountsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    InquiryCounts counts;

    long ministry;

    @BeforeEach
    void ownRequestsOnly() {
        jdbc.sql("delete from inquiry").update();
        ministry = jdbc.sql("insert into actor (external_id, kind, actor_type, name) values ('actor/test-ministry-"
                + System.nanoTime() + "', 'organisation', 'state_body', 'Ministry of Culture') returning id")
                .query(Long.class).single();
    }

    /** A published request to the state; null answer fields leave it unanswered. */
    private long request(String body, Long actor, String sent, String deadline, String answered, String outcome) {
        return jdbc.sql("""
                insert into inquiry (kind, addressee_actor_id, addressee_name, subject, sent_on, deadline, answered_on,
                                     outcome, published_at, created_by)
                values ('information_request', ?, ?, 'Test request', ?::date, ?::date, ?::date, ?, now(), 'test')
                returning id""").params(actor, body, sent, deadline, answered, outcome).query(Long.class).single();
    }

    private void fixture() {
        // answered on time, late, in part and refused within 2023
        request("Akimat of Taraz", null, "2023-02-01", "2023-02-16", "2023-02-10", "answered");
        request("Akimat of Taraz", null, "2023-03-01", "2023-03-16", "2023-03-20", "answered");
        request("Akimat of Taraz", null, "2023-04-01", "2023-04-16", "2023-04-16", "partial");
        request("Prosecutor's Office", null, "2023-05-01", "2023-05-16", "2023-05-05", "refused");
        // sent in December 2023, answered in January 2024: unanswered in 2023's figures, answered in 2023-2024's
        request("Prosecutor's Office", null, "2023-12-10", "2023-12-25", "2024-01-15", "answered");
        // due on the last day of 2023: not overdue on that day; due on 30 December: overdue
        request("Akimat of Taraz", null, "2023-12-16", "2023-12-31", null, null);
        request("Akimat of Taraz", null, "2023-12-15", "2023-12-30", null, null);
        // due in the next year, never answered
        request("Ministry of Culture", ministry, "2023-12-28", "2024-01-12", null, null);
        request("Ministry of Culture", ministry, "2024-06-01", "2024-06-16", "2024-06-30", "answered");
        request("Ministry of Culture (press office)", ministry, "2024-07-01", "2024-07-16", "2024-07-02", "refused");
        // this year (the clock of the tests below is in March 2025): one overdue, one not yet due
        request("Akimat of Taraz", null, "2025-01-10", "2025-01-25", null, null);
        request("Prosecutor's Office", null, "2025-02-25", "2025-03-12", null, null);
        request("Prosecutor's Office", null, "2025-01-05", "2025-01-20", "2025-01-19", "answered");
        // neither a draft nor a request to someone other than the state is counted
        jdbc.sql("""
                insert into inquiry (kind, addressee_name, subject, sent_on, deadline, created_by)
                values ('information_request', 'Akimat of Taraz', 'Draft', date '2024-02-01', date '2024-02-16', 'test')
                """).update();
        jdbc.sql("""
                insert into inquiry (kind, addressee_name, state_addressee, subject, sent_on, deadline, published_at,
                                     created_by)
                values ('right_of_reply', 'Vlast.kz', false, 'Reply', date '2024-02-01', date '2024-02-08', now(), 'test')
                """).update();
    }

    private static final List<LocalDate[]> PERIODS = List.of(
            new LocalDate[] {LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)},
            new LocalDate[] {LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)},
            new LocalDate[] {LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)},
            new LocalDate[] {LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)},
            new LocalDate[] {LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31)});

    private void sameAsPlacingEachRequest(LocalDate today) {
        for (LocalDate[] p : PERIODS) {
            assertThat(InquiryCounts.wholeYears(p[0], p[1])).isTrue();
            InquiryFigures fromCounts = counts.fromYearCounts(p[0].getYear(), p[1].getYear(), today);
            assertThat(fromCounts).as("%s to %s on %s", p[0], p[1], today).isEqualTo(counts.placed(p[0], p[1], today));
        }
        assertThat(counts.years(today)).as("yearly rates on %s", today).isEqualTo(counts.placedYears(today));
    }

    @Test
    void wholeYearsReadFromTheCountsGiveWhatPlacingEachRequestGives() {
        fixture();
        LocalDate march2025 = LocalDate.of(2025, 3, 5);
        sameAsPlacingEachRequest(march2025);
        sameAsPlacingEachRequest(LocalDate.of(2026, 12, 7));

        // figures a person reads off the fixture: 2023 placed on its last day
        InquiryFigures y2023 = counts.figures(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), march2025);
        assertThat(y2023.sent()).isEqualTo(8);
        assertThat(y2023.answeredOnTime()).isEqualTo(1);
        assertThat(y2023.answeredLate()).isEqualTo(1);
        assertThat(y2023.partial()).isEqualTo(1);
        assertThat(y2023.refused()).isEqualTo(1);
        assertThat(y2023.unanswered()).isEqualTo(4);
        InquiryFigures.Body taraz = y2023.bodies().stream().filter(b -> b.name().equals("Akimat of Taraz"))
                .findFirst().orElseThrow();
        // due 30 December and unanswered: overdue on 31 December; due on the 31st: not yet
        assertThat(taraz.overdue()).isEqualTo(1);
        // the ministry is one body under both its names
        InquiryFigures.Body ministryIn2024 = counts.figures(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                march2025).bodies().stream().filter(b -> Long.valueOf(ministry).equals(b.actor())).findFirst().orElseThrow();
        assertThat(ministryIn2024.sent()).isEqualTo(2);
        // 2025, not over on 5 March: the request due 25 January is overdue, the one due 12 March is not
        InquiryFigures y2025 = counts.figures(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), march2025);
        assertThat(y2025.sent()).isEqualTo(3);
        assertThat(y2025.unanswered()).isEqualTo(2);
        assertThat(y2025.bodies().stream().mapToLong(InquiryFigures.Body::overdue).sum()).isEqualTo(1);
    }

    @Test
    void everyKindOfWriteKeepsTheCountsExact() {
        fixture();
        long open = request("Akimat of Oral", null, "2024-03-01", "2024-03-16", null, null);
        long other = request("Akimat of Oral", null, "2024-04-01", "2024-04-16", null, null);
        LocalDate today = LocalDate.of(2025, 3, 5);
        jdbc.sql("update inquiry set extended_to = date '2024-03-31' where id = ?").param(open).update();
        sameAsPlacingEachRequest(today);
        jdbc.sql("update inquiry set answered_on = date '2024-03-30', outcome = 'answered' where id = ?").param(open)
                .update();
        sameAsPlacingEachRequest(today);
        jdbc.sql("update inquiry set addressee_name = 'Akimat of Uralsk', addressee_actor_id = ? where id = ?")
                .params(ministry, other).update();
        sameAsPlacingEachRequest(today);
        jdbc.sql("update inquiry set published_at = null where id = ?").param(open).update();
        sameAsPlacingEachRequest(today);
        jdbc.sql("update inquiry set published_at = now() where published_at is null and state_addressee").update();
        sameAsPlacingEachRequest(today);
        jdbc.sql("delete from inquiry where id = ?").param(other).update();
        sameAsPlacingEachRequest(today);

        List<String> kept = jdbc.sql("select row(c.*)::text from inquiry_year_count c order by 1").query(String.class)
                .list();
        jdbc.sql("call inquiry_year_counts_rebuild()").update();
        assertThat(jdbc.sql("select row(c.*)::text from inquiry_year_count c order by 1").query(String.class).list())
                .isEqualTo(kept).isNotEmpty();
        assertThat(jdbc.sql("select count(*) from inquiry_year_count where requests <= 0").query(Long.class).single())
                .isZero();
    }

    @Test
    void aPeriodOfPartYearsPlacesEachRequest() {
        assertThat(InquiryCounts.wholeYears(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31))).isFalse();
        assertThat(InquiryCounts.wholeYears(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 11, 30))).isFalse();
    }
}
