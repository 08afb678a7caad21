package org.kuzet.report;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test (its name keeps it out of the normal run): generates 1,000,000 incidents and 200,000 legal cases and
 * times the figures of a month, a quarter and a year. Run with
 * {@code ./mvnw -q -B test -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false} and read the numbers
 * in target/surefire-reports/org.kuzet.report.ReportBenchmark-output.txt; see docs/benchmarks.md.
 */
@SpringBootTest
class ReportBenchmark {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Counting counting;

    @Test
    void figuresOfAMonthQuarterAndYear() {
        long t0 = System.nanoTime();
        generate();
        System.out.printf("BENCHMARK generated %d incidents, %d cases, %d case events in %.1f s%n",
                count("incident"), count("legal_case"), count("legal_case_event"), (System.nanoTime() - t0) / 1e9);
        for (String period : new String[] {"2024-03", "2024-Q1", "2024", "2020-08"}) {
            Period p = Period.parse(period);
            for (int i = 0; i < 3; i++) {
                counting.figures(p);
            }
            double[] ms = new double[15];
            for (int i = 0; i < ms.length; i++) {
                long start = System.nanoTime();
                counting.figures(p);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("BENCHMARK figures %-8s median %6.1f ms, max %6.1f ms (15 runs after 3 warm-up)%n",
                    period, ms[ms.length / 2], ms[ms.length - 1]);
        }
        for (String sql : new String[] {
                "select primary_category, count(*) from incident i where i.workflow_state = 'published' and"
                        + Counting.within("i.occurred_on", "i.date_precision") + " group by primary_category",
                "select count(*) from incident i where i.workflow_state = 'published' and i.primary_category in "
                        + "('interference_professional_activity', 'attacks') and"
                        + Counting.within("i.occurred_on", "i.date_precision")}) {
            System.out.println("BENCHMARK plan for 2024:\n" + String.join("\n", jdbc.sql("explain (analyze, buffers) "
                            + sql.replace(":start", "date '2019-01-01'").replace(":end", "date '2024-12-31'"))
                    .query(String.class).list()));
        }
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private void generate() {
        jdbc.sql("""
                insert into incident (title, occurred_on, date_precision, primary_category, workflow_state, place_code)
                select 'Generated incident ' || g,
                       case when g % 50 = 0 then date_trunc('year', d)::date
                            when g % 12 = 0 then date_trunc('month', d)::date else d end,
                       case when g % 50 = 0 then 'year' when g % 12 = 0 then 'month' else 'day' end,
                       (array['interference_professional_activity', 'interference_media_activity', 'attacks',
                              'threats', 'detention', 'misuse_of_image', 'discrediting', 'summons_law_enforcement',
                              'copyright', 'refusal_of_information', 'blocking', 'closure_suspension',
                              'unauthorized_access_ddos', 'accreditation_denial', 'judicial_transparency_violation',
                              'media_discrimination', 'persecution_for_dissemination', 'criminal_pretrial',
                              'criminal_court', 'civil_claims', 'administrative', 'context'])[1 + g % 22],
                       case when g % 10 = 0 then 'draft' else 'published' end,
                       (array['kz-astana', 'kz-almaty', 'kz-shymkent', 'kz-atyrau', 'kz-kostanay'])[1 + g % 5]
                from generate_series(1, 1000000) g,
                     lateral (select date '2019-01-01' + ((g::bigint * 7919) % 2557)::int as d) x""").update();
        jdbc.sql("""
                insert into legal_case (title, kind, stage, basis, opened_on, opened_precision, direction,
                                        honour_and_dignity, claimed_kzt)
                select 'Generated case ' || g, k.kind, 'pretrial', k.basis,
                       date '2019-01-01' + ((g::bigint * 104729) % 2557)::int, 'day',
                       case when g % 20 = 0 then 'brought_by_media' else 'against_media' end,
                       k.basis = 'kz-civ-143', case when k.kind = 'civil' then (g % 100) * 100000 end
                from generate_series(1, 200000) g,
                     lateral (select (array['criminal', 'administrative', 'civil', 'civil'])[1 + g % 4] as kind) kk,
                     lateral (select kk.kind, case kk.kind when 'criminal' then
                                  case when g % 20 = 0 then 'kz-cc-158' else 'kz-cc-274' end
                              when 'administrative' then 'kz-ac-73-3' else
                                  case when g % 3 = 0 then 'kz-civ-951' else 'kz-civ-143' end end as basis) k""")
                .update();
        jdbc.sql("""
                insert into legal_case_event (case_id, position, occurred_on, date_precision, kind, in_favour_of_media,
                                              amount_kzt)
                select c.id, s.n, c.opened_on + s.n * 40, 'day',
                       (array['filed', 'sent_to_court', 'judgment', 'enforcement'])[s.n + 1],
                       case when s.n = 2 then c.id % 2 = 0 end, case when s.n = 3 then c.id % 1000 end
                from legal_case c, generate_series(0, 3) s(n)
                where s.n <= c.id % 4 and c.opened_on + s.n * 40 <= current_date""").update();
        // what autovacuum does on a running database: statistics and the visibility map (index-only scans)
        jdbc.sql("vacuum analyze").update();
    }
}
