package org.kuzet.report;

import org.kuzet.bench.CpuTime;
import org.kuzet.report.internal.Counting;
import org.kuzet.report.internal.Formats;
import org.kuzet.report.internal.GroupCount;
import org.kuzet.report.internal.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: it runs only when asked for with {@code -Dkuzet.bench=true} (it loads a million rows). Generates 1,000,000 incidents and 200,000 legal cases with
 * their timelines and times the figures of months, quarters and years, and whole reports. Run with
 * {@code ./mvnw -q -B test -Dtest=ReportBenchmark -Dkuzet.bench=true -Dsurefire.failIfNoSpecifiedTests=false} and read the numbers
 * in target/surefire-reports/org.kuzet.report.ReportBenchmark-output.txt; see docs/benchmarks.md.
 * {@code -Dkuzet.bench.incidents=N -Dkuzet.bench.cases=N -Dkuzet.bench.runs=N} change the sizes.
 */
@SpringBootTest
@org.kuzet.OwnDatabase // it generates a million incidents and counts them all
@EnabledIfSystemProperty(named = "kuzet.bench", matches = "true")
class ReportBenchmark {

    private static final int INCIDENTS = Integer.getInteger("kuzet.bench.incidents", 1_000_000);
    private static final int CASES = Integer.getInteger("kuzet.bench.cases", 200_000);
    private static final int RUNS = Integer.getInteger("kuzet.bench.runs", 25);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Counting counting;
    @Autowired
    Reports reports;

    @Test
    void figuresOfMonthsQuartersAndYears() throws Exception {
        say("uptime before: " + uptime());
        String dataDirectory = jdbc.sql("show data_directory").query(String.class).single();
        long t0 = System.nanoTime();
        generate();
        say("generated %d incidents (%d published), %d cases, %d case events in %.1f s", count("incident"),
                jdbc.sql("select count(*) from incident where workflow_state = 'published'").query(Long.class).single(),
                count("legal_case"), count("legal_case_event"), (System.nanoTime() - t0) / 1e9);
        say("sizes: incident %s, legal_case %s, legal_case_event %s", size("incident"), size("legal_case"),
                size("legal_case_event"));
        say("art. 158 complaints %d; cases against the media by kind %s", jdbc.sql("select count(*) from legal_case "
                        + "where basis = 'kz-cc-158' and direction = 'brought_by_media'").query(Long.class).single(),
                jdbc.sql("select string_agg(kind || ' ' || n, ', ') from (select kind, count(*) n from legal_case "
                        + "where direction = 'against_media' group by 1 order by 1) k").query(String.class).single());
        for (String table : new String[] {"report_incident_count", "report_case_count", "report_event_count"}) {
            if (jdbc.sql("select to_regclass('" + table + "') is not null").query(Boolean.class).single()) {
                say("%s: %d rows, %s", table, count(table), size(table));
            }
        }
        say("uptime after loading: " + uptime());

        // months of 2021-2025, quarters of 2020-2025, years 2019-2025: a different period each run
        time("month", dataDirectory, i -> Period.parse(String.format("%d-%02d", 2021 + (i / 12) % 5, 1 + i % 12)));
        time("quarter", dataDirectory, i -> Period.parse(String.format("%d-Q%d", 2020 + (i / 4) % 6, 1 + i % 4)));
        time("year", dataDirectory, i -> Period.parse(String.valueOf(2019 + i % 7)));
        for (String key : new String[] {"2024-03", "2024"}) {
            Period p = Period.parse(key);
            double[] ms = new double[5];
            int length = 0;
            for (int i = -1; i < ms.length; i++) {
                long start = System.nanoTime();
                Reports.Rendition r = reports.generate(p, Lang.RU);
                length = Formats.html(r.markdown(), Lang.RU, key).length();
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(ms);
            say("report HTML (ru) %-8s median %8.1f ms, max %8.1f ms (5 runs), %d characters, %d incidents counted",
                    key, ms[ms.length / 2], ms[ms.length - 1], length,
                    counting.groups(p).stream().mapToLong(GroupCount::count).sum());
        }
        Period month = Period.parse("2024-03");
        Period year = Period.parse("2024");
        part("groups(month)", () -> counting.groups(month));
        part("cases(month)", () -> counting.cases(month));
        part("court(month)", () -> counting.court(month));
        part("collected(year to date)", () -> counting.collected(month.yearToDate()));
        part("art158(2019..month)", () -> counting.art158(month));
        part("groups(year)", () -> counting.groups(year));
        part("cases(year)", () -> counting.cases(year));
        part("court(year)", () -> counting.court(year));
        say("uptime after: " + uptime());
    }

    private void time(String kind, String dataDirectory, IntFunction<Period> period) {
        for (int i = 0; i < 5; i++) {
            counting.figures(period.apply(i));
        }
        double[] ms = new double[RUNS];
        double cpu0 = CpuTime.seconds(dataDirectory);
        for (int i = 0; i < RUNS; i++) {
            Period p = period.apply(i);
            long start = System.nanoTime();
            counting.figures(p);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        double cpu = (CpuTime.seconds(dataDirectory) - cpu0) * 1000 / RUNS;
        Arrays.sort(ms);
        say("figures %-7s median %7.1f ms, p95 %7.1f ms, max %7.1f ms, CPU %6.1f ms per run (JVM + PostgreSQL; "
                        + "%d runs after 5 warm-up)", kind, ms[RUNS / 2], ms[(int) Math.ceil(RUNS * 0.95) - 1],
                ms[RUNS - 1], cpu, RUNS);
    }

    private static void part(String name, Runnable query) {
        for (int i = 0; i < 2; i++) {
            query.run();
        }
        double[] ms = new double[9];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            query.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        say("part %-24s median %6.1f ms", name, ms[ms.length / 2]);
    }

    private static void say(String format, Object... args) {
        System.out.println("BENCHMARK " + String.format(format, args));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private String size(String table) {
        return jdbc.sql("select pg_size_pretty(pg_total_relation_size('" + table + "'))").query(String.class).single();
    }

    private static String uptime() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * Loads the data on one connection with triggers off (session_replication_role = replica), so the load does
     * not depend on what other features' triggers do per row; the report's own summaries are then rebuilt from
     * the tables, as they would have been kept by its triggers.
     */
    private void generate() throws SQLException {
        List<String> steps = new ArrayList<>();
        // the category mix of the March 2024 and August 2020 reports (per cent), every place of the gazetteer
        steps.add("""
                create temporary table bench_category as
                select code, row_number() over (order by code) - 1 as slot from (
                    select code from (values ('refusal_of_information', 30), ('civil_claims', 17),
                        ('interference_professional_activity', 8), ('threats', 6), ('accreditation_denial', 5),
                        ('blocking', 4), ('discrediting', 4), ('criminal_pretrial', 4), ('administrative', 4),
                        ('misuse_of_image', 3), ('attacks', 3), ('summons_law_enforcement', 3), ('detention', 2),
                        ('criminal_court', 2), ('judicial_transparency_violation', 2),
                        ('unauthorized_access_ddos', 2), ('interference_media_activity', 2),
                        ('closure_suspension', 1), ('media_discrimination', 1),
                        ('persecution_for_dissemination', 1), ('copyright', 1)) w(code, weight),
                    generate_series(1, weight)) x""");
        steps.add("""
                insert into incident (title, summary, occurred_on, date_precision, primary_category, workflow_state,
                                      verification, place_code, people_affected, published_at, published_by)
                select 'Generated incident ' || g, 'Generated for the report benchmark.',
                       case p when 'year' then date_trunc('year', d)::date
                                when 'month' then date_trunc('month', d)::date else d end, p,
                       (select code from bench_category where slot = abs(hashint8extended(g, 2)) % 100),
                       w, 'confirmed', places[1 + abs(hashint8extended(g, 3)) % cardinality(places)], 1,
                       case when w = 'published' then now() end, case when w = 'published' then 'bench' end
                from generate_series(1, N_ROWS) g,
                     lateral (select date '2019-01-01' + (abs(hashint8extended(g, 1)) % 2557)::int as d,
                                     case when g % 50 = 0 then 'year' when g % 12 = 0 then 'month' else 'day' end as p,
                                     case when g % 20 = 1 then 'draft' when g % 20 = 2 then 'in_review'
                                          else case when g % 50 = 3 then 'rejected' else 'published' end end as w) x,
                     (select array_agg(code order by code) as places from place) pl""".replace("N_ROWS", String.valueOf(INCIDENTS)));
        // cases: 88 % against the media (15 % criminal, 25 % administrative, 60 % civil), 12 % brought by the media
        // (60 % of them complaints under art. 158); each with 1 to 7 timeline events
        steps.add("""
                insert into legal_case (title, kind, stage, basis, opened_on, opened_precision, direction,
                                        honour_and_dignity, claimed_kzt)
                select 'Generated case ' || g, kind, 'pretrial', basis,
                       case prec when 'year' then date_trunc('year', d)::date
                                 when 'month' then date_trunc('month', d)::date else d end, prec, direction,
                       basis = 'kz-civ-143', case when kind = 'civil' then 100000 * (1 + h % 500) end
                from generate_series(1, N_ROWS) g,
                     lateral (select abs(hashint8extended(g, 11)) as h,
                                     date '2019-01-01' + (abs(hashint8extended(g, 12)) % 2557)::int as d,
                                     case when g % 50 = 7 then 'year' when g % 20 = 3 then 'month' else 'day' end
                                         as prec) x,
                     lateral (select case when h % 100 < 12 then 'brought_by_media' else 'against_media' end
                                         as direction, h % 100 as r) y,
                     lateral (select case when direction = 'brought_by_media' then
                                              case when r % 5 < 3 then 'criminal' else 'civil' end
                                          when r < 27 then 'criminal' when r < 49 then 'administrative'
                                          else 'civil' end as kind) k,
                     lateral (select case when direction = 'brought_by_media' then
                                              case when kind = 'criminal' then 'kz-cc-158' else 'kz-civ-143' end
                                          when kind = 'criminal' then case when h % 3 = 0 then 'kz-cc-147'
                                                                          else 'kz-cc-274' end
                                          when kind = 'administrative' then 'kz-ac-73-3'
                                          else case when h % 3 = 0 then 'kz-civ-951' else 'kz-civ-143' end
                                     end as basis) b""".replace("N_ROWS", String.valueOf(CASES)));
        steps.add("""
                insert into legal_case_event (case_id, position, occurred_on, date_precision, kind, description,
                                              in_favour_of_media, amount_kzt)
                select c.id, s.n + 1, c.opened_on + s.n * (15 + abs(hashint8extended(c.id, 21)) % 45)::int, 'day',
                       steps[s.n + 1], '',
                       case when steps[s.n + 1] in ('judgment', 'appeal', 'cassation')
                            then abs(hashint8extended(c.id * 8 + s.n, 22)) % 10 < 4 end,
                       case when steps[s.n + 1] = 'enforcement'
                            then coalesce(c.claimed_kzt / 4, 50000 + abs(hashint8extended(c.id, 23)) % 20 * 25000) end
                from legal_case c,
                     lateral (select case c.kind
                                 when 'criminal' then array['filed', 'investigation_opened', 'sent_to_court', 'hearing',
                                                            'judgment', 'appeal', 'in_force']
                                 when 'administrative' then array['filed', 'hearing', 'judgment', 'in_force',
                                                                  'enforcement']
                                 else array['filed', 'hearing', 'judgment', 'appeal', 'in_force', 'enforcement'] end
                                 as steps) k,
                     lateral generate_series(0, cardinality(k.steps) - 1) s(n)
                where s.n <= abs(hashint8extended(c.id, 20)) % cardinality(k.steps)
                  and c.opened_on + s.n * (15 + abs(hashint8extended(c.id, 21)) % 45)::int <= date '2025-12-31'""");
        steps.add("""
                update legal_case c set stage = case e.kind when 'filed' then 'pretrial'
                        when 'investigation_opened' then 'pretrial' when 'appeal' then 'appeal'
                        when 'in_force' then 'in_force' when 'enforcement' then 'enforcement'
                        else 'first_instance' end
                from (select distinct on (case_id) case_id, kind from legal_case_event
                      order by case_id, position desc) e
                where e.case_id = c.id""");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            for (String step : steps) {
                long start = System.nanoTime();
                statement.execute(step);
                say("load step %.1f s: %s", (System.nanoTime() - start) / 1e9, step.strip().lines().findFirst().orElse(""));
            }
            statement.execute("reset session_replication_role");
            statement.execute("drop table bench_category");
        }
        long start = System.nanoTime();
        rebuildSummaries();
        say("summaries rebuilt in %.1f s", (System.nanoTime() - start) / 1e9);
        // what autovacuum does on a running database: statistics and the visibility map (index-only scans)
        start = System.nanoTime();
        jdbc.sql("vacuum analyze").update();
        say("vacuum analyze %.1f s", (System.nanoTime() - start) / 1e9);
    }

    /** The report's summary tables (V13) were not kept while triggers were off: count them afresh. */
    private void rebuildSummaries() {
        if (jdbc.sql("select count(*) from pg_proc where proname = 'report_counts_rebuild'").query(Long.class)
                .single() > 0) {
            jdbc.sql("call report_counts_rebuild()").update();
        }
    }
}
