package org.kuzet.archive;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statistics the service published month by month (imported from the report archive), and how they compare
 * with what the incidents in the database give for the same month. Charts use the published series for the years
 * before the database and show both where both exist. When two reports cover the same month, the one imported
 * last counts.
 */
@Component
public class PublishedStatistics {

    /** One month's published figure under a code. */
    public record MonthValue(YearMonth month, long value) {
    }

    /**
     * A code in a month: what the report published, what the incidents give (published incidents whose primary
     * category is the code or lies in the group), and whether they differ. A null side was not stated / has none.
     */
    public record Comparison(YearMonth month, String code, Long published, long computed, boolean differs) {
    }

    private static final String LATEST = """
            select r.id from archive_report r
            where r.month = ? order by r.imported_at desc, r.id desc limit 1""";

    private final JdbcClient jdbc;

    PublishedStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The published series of a category or group code, month by month, oldest first. */
    public List<MonthValue> series(String code) {
        return jdbc.sql("""
                select c.month, c.value from published_count c
                where c.category_code = ?
                  and c.report_id = (select r.id from archive_report r where r.month = c.month
                                     order by r.imported_at desc, r.id desc limit 1)
                order by c.month""").param(code)
                .query((rs, n) -> new MonthValue(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2))).list();
    }

    /** The published series of another figure (judicial_acts, damages_claimed_kzt, ytd.criminal...), oldest first. */
    public List<MonthValue> figureSeries(String figure) {
        return jdbc.sql("""
                select f.month, f.value from published_figure f
                where f.figure = ?
                  and f.report_id = (select r.id from archive_report r where r.month = f.month
                                     order by r.imported_at desc, r.id desc limit 1)
                order by f.month""").param(figure)
                .query((rs, n) -> new MonthValue(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2))).list();
    }

    /** Every published count of a month, by code (empty when no report of that month was imported). */
    public Map<String, Long> counts(YearMonth month) {
        Map<String, Long> out = new LinkedHashMap<>();
        latest(month).ifPresent(id -> jdbc.sql("""
                select c.category_code, c.value from published_count c join category k on k.code = c.category_code
                where c.report_id = ? order by coalesce(k.group_code, k.code), k.kind desc, k.position""")
                .param(id).query((rs, n) -> out.put(rs.getString(1), rs.getLong(2))).list());
        return out;
    }

    /** The other figures of a month: judicial_acts, damages_claimed_kzt, ytd.criminal, new_cases.civil... */
    public Map<String, Long> figures(YearMonth month) {
        Map<String, Long> out = new LinkedHashMap<>();
        latest(month).ifPresent(id -> jdbc.sql("select figure, value from published_figure where report_id = ? "
                + "order by figure").param(id).query((rs, n) -> out.put(rs.getString(1), rs.getLong(2))).list());
        return out;
    }

    /**
     * What the published monthly reports of a run of months state, summed: the months that have a report, the
     * counts by code and the other figures by key (each month's report imported last).
     */
    public record Totals(List<YearMonth> months, Map<String, Long> counts, Map<String, Long> figures) {

        public long count(String code) {
            return counts.getOrDefault(code, 0L);
        }

        public long figure(String key) {
            return figures.getOrDefault(key, 0L);
        }
    }

    private static final String LATEST_OF_EACH_MONTH = """
            select distinct on (r.month) r.id, r.month from archive_report r
            where r.month between ? and ? order by r.month, r.imported_at desc, r.id desc""";

    /** The published figures of the months {@code from} to {@code to}, both included, summed. */
    public Totals sum(YearMonth from, YearMonth to) {
        Date first = Date.valueOf(from.atDay(1));
        Date last = Date.valueOf(to.atDay(1));
        List<YearMonth> months = jdbc.sql(LATEST_OF_EACH_MONTH).params(first, last)
                .query((rs, n) -> YearMonth.from(rs.getDate(2).toLocalDate())).list();
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select c.category_code, sum(c.value) from published_count c where c.report_id in (select id from ("
                        + LATEST_OF_EACH_MONTH + ") latest) group by 1 order by 1").params(first, last)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        Map<String, Long> figures = new LinkedHashMap<>();
        jdbc.sql("select f.figure, sum(f.value) from published_figure f where f.report_id in (select id from ("
                        + LATEST_OF_EACH_MONTH + ") latest) group by 1 order by 1").params(first, last)
                .query((rs, n) -> figures.put(rs.getString(1), rs.getLong(2))).list();
        return new Totals(months, counts, figures);
    }

    /** The months for which a report was imported, oldest first (yearly pages cover no month). */
    public List<YearMonth> months() {
        return jdbc.sql("select distinct month from archive_report where month is not null order by month")
                .query(Date.class).list().stream().map(d -> YearMonth.from(d.toLocalDate())).toList();
    }

    /** The years for which a yearly page was imported, oldest first. */
    public List<java.time.Year> yearlyPages() {
        return jdbc.sql("select distinct year from archive_report where month is null order by year")
                .query(Integer.class).list().stream().map(java.time.Year::of).toList();
    }

    /** The figures a yearly page states for its whole year (the one imported last), by key; empty when none. */
    public Map<String, Long> yearFigures(java.time.Year year) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("""
                select f.figure, f.value from published_figure f
                where f.report_id = (select r.id from archive_report r where r.month is null and r.year = ?
                                     order by r.imported_at desc, r.id desc limit 1)
                order by f.figure""").param(year.getValue())
                .query((rs, n) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }

    /**
     * Published against computed for a month, for every code either side has. Computed: published incidents that
     * occurred in the month (dated to the day or the month) by primary category, and by that category's group.
     */
    public List<Comparison> compare(YearMonth month) {
        Map<String, Long> published = counts(month);
        Map<String, Long> computed = computed(month);
        TreeSet<String> codes = new TreeSet<>(published.keySet());
        codes.addAll(computed.keySet());
        List<Comparison> out = new ArrayList<>();
        for (String code : orderedCodes(codes)) {
            Long p = published.get(code);
            long c = computed.getOrDefault(code, 0L);
            out.add(new Comparison(month, code, p, c, p == null || p != c));
        }
        return out;
    }

    private Map<String, Long> computed(YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.plusMonths(1).atDay(1);
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("""
                select code, count(*) from (
                    select i.primary_category as code from incident i
                    where i.workflow_state = 'published' and i.occurred_on >= ? and i.occurred_on < ?
                      and i.date_precision in ('day', 'month')
                    union all
                    select k.group_code from incident i join category k on k.code = i.primary_category
                    where i.workflow_state = 'published' and i.occurred_on >= ? and i.occurred_on < ?
                      and i.date_precision in ('day', 'month') and k.group_code is not null) t
                where code <> 'context'
                group by code""")
                .params(Date.valueOf(from), Date.valueOf(to), Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }

    private List<String> orderedCodes(java.util.Set<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<String> ordered = jdbc.sql("""
                select code from category order by coalesce((select g.position from category g
                                                             where g.code = coalesce(category.group_code, category.code)), 99),
                         kind desc, position""").query(String.class).list();
        return ordered.stream().filter(codes::contains).toList();
    }

    private Optional<Long> latest(YearMonth month) {
        return jdbc.sql(LATEST).param(Date.valueOf(month.atDay(1))).query(Long.class).optional();
    }
}
