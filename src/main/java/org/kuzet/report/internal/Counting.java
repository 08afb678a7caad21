package org.kuzet.report.internal;

import org.kuzet.report.Period;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.inquiry.Inquiries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counting rules of docs/counting-rules.md, as queries. The one rule every count shares: a record counts in a
 * period when the whole of its date lies in the period, so an incident known only to the month counts in that
 * month (and its quarter and year), and one known only to the year counts in year totals only.
 *
 * <p>Incidents, cases and timeline events are counted from the report_*_count tables that triggers keep exact in
 * the same transaction as every write (V13, V15): they keep each record's date and precision, so the rule above
 * reads the same on them as on the records, and a year reads a few thousand rows instead of a million records.
 */
@Component
public class Counting {

    /** The first year of the art. 158 indicators: the monitoring's series starts in 2019 (seed 002). */
    static final int SERIES_START = 2019;

    private static final String COURT_EVENTS =
            "('sent_to_court', 'hearing', 'judgment', 'appeal', 'cassation', 'in_force', 'enforcement')";

    private final JdbcClient jdbc;
    private final Inquiries inquiries;
    private final FollowUps followUps;

    Counting(JdbcClient jdbc, Inquiries inquiries, FollowUps followUps) {
        this.jdbc = jdbc;
        this.inquiries = inquiries;
        this.followUps = followUps;
    }

    public Figures figures(Period period) {
        Period ytd = period.yearToDate();
        Period previous = period.yearEarlier();
        return new Figures(period, groups(period), cases(period), court(period), ytd, cases(ytd), collected(ytd),
                previous, groups(previous), cases(previous), art158(period),
                inquiries.figures(period.start(), period.end()), followUps.count(period));
    }

    /** Whether a date column, with its precision column, lies wholly within :start..:end. */
    public static String within(String date, String precision) {
        return " " + date + " between :start and :end and case " + precision + " when 'day' then " + date
                + " when 'month' then (" + date + " + interval '1 month' - interval '1 day')::date"
                + " else (" + date + " + interval '1 year' - interval '1 day')::date end <= :end";
    }

    /** Published incidents by the group of their primary category, with the count of each category. */
    public List<GroupCount> groups(Period period) {
        Map<String, Long> byCategory = new HashMap<>();
        jdbc.sql("select primary_category, sum(incidents) from report_incident_count i where"
                        + within("i.occurred_on", "i.date_precision") + " group by primary_category")
                .param("start", Date.valueOf(period.start())).param("end", Date.valueOf(period.end()))
                .query((rs, n) -> byCategory.put(rs.getString(1), rs.getLong(2))).list();
        Map<String, Map<String, Long>> tree = new LinkedHashMap<>();
        jdbc.sql("""
                select g.code, c.code from category g left join category c
                    on c.group_code = g.code and c.kind = 'category' and c.counted and c.retired_in is null
                where g.kind = 'group' and g.counted and g.retired_in is null order by g.position, c.position""")
                .query((rs, n) -> {
                    Map<String, Long> members = tree.computeIfAbsent(rs.getString(1), g -> new LinkedHashMap<>());
                    if (rs.getString(2) != null) {
                        members.put(rs.getString(2), byCategory.getOrDefault(rs.getString(2), 0L));
                    }
                    return null;
                }).list();
        List<GroupCount> groups = new ArrayList<>();
        tree.forEach((group, members) -> groups.add(new GroupCount(group,
                members.values().stream().mapToLong(Long::longValue).sum(), members)));
        return groups;
    }

    /**
     * New cases against the media opened in the period; ongoing cases opened earlier are not new. Criminal cases
     * count as in court when their timeline reached a court by the end of the period.
     */
    public CaseCounts cases(Period period) {
        Map<String, Map<String, Long>> bases = new LinkedHashMap<>();
        long[] totals = new long[5]; // criminal, administrative, civil, civil honour and dignity, money claimed
        jdbc.sql("select kind, basis, honour_and_dignity, sum(cases), sum(claimed_kzt) from report_case_count c"
                        + " where c.direction = 'against_media' and" + within("c.opened_on", "c.opened_precision")
                        + " group by 1, 2, 3")
                .param("start", Date.valueOf(period.start())).param("end", Date.valueOf(period.end()))
                .query((rs, n) -> {
                    String kind = rs.getString(1);
                    long cases = rs.getLong(4);
                    bases.computeIfAbsent(kind, k -> new HashMap<>()).merge(rs.getString(2), cases, Long::sum);
                    totals[switch (kind) { case "criminal" -> 0; case "administrative" -> 1; default -> 2; }] += cases;
                    if (kind.equals("civil") && rs.getBoolean(3)) {
                        totals[3] += cases;
                    }
                    totals[4] += rs.getLong(5);
                    return null;
                }).list();
        long inCourt = jdbc.sql("""
                select count(*) from legal_case c
                where c.direction = 'against_media' and c.kind = 'criminal' and exists (
                    select 1 from legal_case_event e where e.case_id = c.id and e.kind in %s and e.occurred_on <= :end)
                  and""".formatted(COURT_EVENTS) + within("c.opened_on", "c.opened_precision"))
                .param("start", Date.valueOf(period.start())).param("end", Date.valueOf(period.end()))
                .query(Long.class).single();
        return new CaseCounts(totals[0], inCourt, totals[1], totals[2], totals[3], ordered(bases), totals[4]);
    }

    /** Each kind's legal bases, kinds by name and bases by count (most first), then by code. */
    private static Map<String, Map<String, Long>> ordered(Map<String, Map<String, Long>> bases) {
        Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
        bases.keySet().stream().sorted().forEach(kind -> {
            Map<String, Long> byCount = new LinkedHashMap<>();
            bases.get(kind).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> byCount.put(e.getKey(), e.getValue()));
            ordered.put(kind, byCount);
        });
        return ordered;
    }

    /** Court decisions taken in the period in cases against the media, whenever those cases were opened. */
    public CourtOutcomes court(Period period) {
        return jdbc.sql("""
                select coalesce(sum(events), 0), coalesce(sum(events) filter (where e.in_favour_of_media), 0)
                from report_event_count e
                where e.direction = 'against_media' and e.kind in ('judgment', 'appeal', 'cassation') and"""
                        + within("e.occurred_on", "e.date_precision"))
                .param("start", Date.valueOf(period.start())).param("end", Date.valueOf(period.end()))
                .query((rs, n) -> new CourtOutcomes(rs.getLong(1), rs.getLong(2))).single();
    }

    /** Money the courts collected (enforcement events) in the period, in cases against the media. */
    public long collected(Period period) {
        return jdbc.sql("""
                select coalesce(sum(e.amount_kzt), 0) from report_event_count e
                where e.direction = 'against_media' and e.kind = 'enforcement' and"""
                        + within("e.occurred_on", "e.date_precision"))
                .param("start", Date.valueOf(period.start())).param("end", Date.valueOf(period.end()))
                .query(Long.class).single();
    }

    /**
     * The art. 158 series, by year from 2019 to the end of the period: incidents whose primary category is
     * obstruction or attacks; criminal complaints by the media under art. 158; those sent to court; convictions
     * (judgments in favour of the journalists). Each year counts what lies wholly within it and within the period.
     */
    public List<YearIndicator> art158(Period period) {
        Period series = new Period(Period.Kind.RANGE, LocalDate.of(SERIES_START, 1, 1), period.end());
        if (period.end().getYear() < SERIES_START) {
            return List.of();
        }
        Map<Integer, Long> incidents = byYear("""
                select extract(year from i.occurred_on)::int, sum(incidents) from report_incident_count i
                where i.primary_category in ('interference_professional_activity', 'attacks') and"""
                + within("i.occurred_on", "i.date_precision") + " group by 1", series);
        Map<Integer, Long> complaints = byYear("""
                select extract(year from c.opened_on)::int, sum(cases) from report_case_count c
                where c.basis = 'kz-cc-158' and c.direction = 'brought_by_media' and"""
                + within("c.opened_on", "c.opened_precision") + " group by 1", series);
        Map<Integer, long[]> steps = new HashMap<>();
        jdbc.sql("""
                select extract(year from e.occurred_on)::int,
                       sum(events) filter (where e.kind = 'sent_to_court'),
                       sum(events) filter (where e.kind = 'judgment' and e.in_favour_of_media)
                from report_event_count e
                where e.basis = 'kz-cc-158' and e.direction = 'brought_by_media'
                  and e.kind in ('sent_to_court', 'judgment') and"""
                        + within("e.occurred_on", "e.date_precision") + " group by 1")
                .param("start", Date.valueOf(series.start())).param("end", Date.valueOf(series.end()))
                .query((rs, n) -> steps.put(rs.getInt(1), new long[] {rs.getLong(2), rs.getLong(3)})).list();
        List<YearIndicator> years = new ArrayList<>();
        for (int year = SERIES_START; year <= period.year(); year++) {
            years.add(new YearIndicator(year, incidents.getOrDefault(year, 0L), complaints.getOrDefault(year, 0L),
                    steps.getOrDefault(year, new long[2])[0], steps.getOrDefault(year, new long[2])[1]));
        }
        return years;
    }

    private Map<Integer, Long> byYear(String sql, Period p) {
        Map<Integer, Long> counts = new HashMap<>();
        jdbc.sql(sql).param("start", Date.valueOf(p.start())).param("end", Date.valueOf(p.end()))
                .query((rs, n) -> counts.put(rs.getInt(1), rs.getLong(2))).list();
        return counts;
    }
}
