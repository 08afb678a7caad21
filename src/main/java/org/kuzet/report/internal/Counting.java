package org.kuzet.report.internal;

import org.kuzet.report.Period;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.YearMonth;
import org.kuzet.archive.PublishedStatistics;
import org.kuzet.inquiry.Inquiries;
import org.kuzet.report.RecordsStart;
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

    /** The categories of the art. 158 series' incidents: obstruction and attacks. */
    private static final List<String> ART158_CATEGORIES = List.of("interference_professional_activity", "attacks");

    private final JdbcClient jdbc;
    private final Inquiries inquiries;
    private final RecordsStart recordsStart;
    private final PublishedStatistics published;
    private final FollowUps followUps;

    Counting(JdbcClient jdbc, Inquiries inquiries, RecordsStart recordsStart, PublishedStatistics published,
            FollowUps followUps) {
        this.jdbc = jdbc;
        this.inquiries = inquiries;
        this.recordsStart = recordsStart;
        this.published = published;
        this.followUps = followUps;
    }

    /**
     * Every figure of the period. When the records are complete only from a month (RecordsStart), what lies before
     * it is taken from the published monthly reports (PublishedStatistics) and what lies from it on from the
     * records, block by block, and the figures say which blocks reach before it.
     */
    public Figures figures(Period period) {
        Period ytd = period.yearToDate();
        Period previous = period.yearEarlier();
        LocalDate from = recordsStart.completeFrom().map(m -> m.atDay(1)).orElse(null);
        return new Figures(period, groups(period, from), cases(period, from), court(period, from), ytd,
                cases(ytd, from), collected(ytd, from), previous, groups(previous, from), cases(previous, from),
                art158(period, from), inquiries.figures(period.start(), period.end()), followUps.count(period),
                history(period, from));
    }

    /** The blocks of the report that reach before the records' first month, and whether wholly. */
    private static History history(Period period, LocalDate from) {
        if (from == null) {
            return History.RECORDS;
        }
        Map<String, Boolean> blocks = new LinkedHashMap<>();
        for (String block : List.of("figures", "court", "new_cases")) {
            mark(blocks, block, period, from);
        }
        mark(blocks, "year_to_date", period.yearToDate(), from);
        Period both = Period.range(period.yearEarlier().start(), period.end());
        mark(blocks, "comparison", both, from);
        if (period.end().getYear() >= SERIES_START) {
            mark(blocks, "art158", Period.range(LocalDate.of(SERIES_START, 1, 1), period.end()), from);
        }
        return new History(YearMonth.from(from), blocks);
    }

    private static void mark(Map<String, Boolean> blocks, String block, Period p, LocalDate from) {
        if (p.start().isBefore(from)) {
            blocks.put(block, p.end().isBefore(from));
        }
    }

    /** The part of a period before the records' first month (null when none, or when there is no such month). */
    private static Period beforeRecords(Period p, LocalDate from) {
        if (from == null || !p.start().isBefore(from)) {
            return null;
        }
        return Period.range(p.start(), p.end().isBefore(from) ? p.end() : from.minusDays(1));
    }

    /** The part of a period counted from the records (null when it lies wholly before them). */
    private static Period fromRecords(Period p, LocalDate from) {
        if (from == null || !p.start().isBefore(from)) {
            return p;
        }
        return p.end().isBefore(from) ? null : Period.range(from, p.end());
    }

    /** What the published monthly reports state for the months a period touches. */
    private PublishedStatistics.Totals publishedIn(Period p) {
        return published.sum(YearMonth.from(p.start()), YearMonth.from(p.end()));
    }

    private List<GroupCount> groups(Period period, LocalDate from) {
        Period records = fromRecords(period, from);
        Period before = beforeRecords(period, from);
        return tree(records == null ? Map.of() : byCategory(records), before == null ? null : publishedIn(before));
    }

    private CaseCounts cases(Period period, LocalDate from) {
        Period records = fromRecords(period, from);
        Period before = beforeRecords(period, from);
        CaseCounts counted = records == null ? new CaseCounts(0, 0, 0, 0, 0, Map.of(), 0) : cases(records);
        if (before == null) {
            return counted;
        }
        PublishedStatistics.Totals t = publishedIn(before);
        return new CaseCounts(counted.criminal() + t.figure("new_cases.criminal"),
                counted.criminalInCourt() + t.figure("new_cases.criminal_in_court"),
                counted.administrative() + t.figure("new_cases.administrative"),
                counted.civil() + t.figure("new_cases.civil"),
                counted.civilHonour() + t.figure("new_cases.honour_dignity"), counted.basesByKind(),
                counted.claimedKzt() + t.figure("damages_claimed_kzt"));
    }

    private CourtOutcomes court(Period period, LocalDate from) {
        Period records = fromRecords(period, from);
        Period before = beforeRecords(period, from);
        CourtOutcomes counted = records == null ? new CourtOutcomes(0, 0) : court(records);
        if (before == null) {
            return counted;
        }
        PublishedStatistics.Totals t = publishedIn(before);
        return new CourtOutcomes(counted.acts() + t.figure("judicial_acts"),
                counted.inFavourOfMedia() + t.figure("in_favor_of_media"));
    }

    private long collected(Period period, LocalDate from) {
        Period records = fromRecords(period, from);
        Period before = beforeRecords(period, from);
        return (records == null ? 0 : collected(records))
                + (before == null ? 0 : publishedIn(before).figure("damages_collected_kzt"));
    }

    /** Whether a date column, with its precision column, lies wholly within :start..:end. */
    public static String within(String date, String precision) {
        return " " + date + " between :start and :end and case " + precision + " when 'day' then " + date
                + " when 'month' then (" + date + " + interval '1 month' - interval '1 day')::date"
                + " else (" + date + " + interval '1 year' - interval '1 day')::date end <= :end";
    }

    /** Published incidents by the group of their primary category, with the count of each category. */
    public List<GroupCount> groups(Period period) {
        return tree(byCategory(period), null);
    }

    private Map<String, Long> byCategory(Period period) {
        Map<String, Long> byCategory = new HashMap<>();
        jdbc.sql("select primary_category, sum(incidents) from report_incident_count i where"
                        + within("i.occurred_on", "i.date_precision") + " group by primary_category")
                .param("start", Date.valueOf(period.start())).param("end", Date.valueOf(period.end()))
                .query((rs, n) -> byCategory.put(rs.getString(1), rs.getLong(2))).list();
        return byCategory;
    }

    /**
     * The groups of the tree with the records' counts by category, plus what published reports state (null: none):
     * a group's published total as stated, else the sum of its categories' (a group may hold items in no listed
     * category, so its stated total can be more).
     */
    private List<GroupCount> tree(Map<String, Long> byCategory, PublishedStatistics.Totals stated) {
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
        tree.forEach((group, members) -> {
            long counted = members.values().stream().mapToLong(Long::longValue).sum();
            if (stated == null) {
                groups.add(new GroupCount(group, counted, members));
                return;
            }
            Map<String, Long> both = new LinkedHashMap<>();
            members.forEach((category, n) -> both.put(category, n + stated.count(category)));
            long printed = stated.counts().containsKey(group) ? stated.count(group)
                    : members.keySet().stream().mapToLong(stated::count).sum();
            groups.add(new GroupCount(group, counted + printed, both));
        });
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
        return art158(period, null);
    }

    /**
     * The art. 158 series with the records complete from {@code from} (null: throughout): before it, each year's
     * incidents are those the published monthly reports state under obstruction and attacks; complaints, cases
     * sent to court and convictions have no monthly published figure and come from the records alone.
     */
    private List<YearIndicator> art158(Period period, LocalDate from) {
        if (period.end().getYear() < SERIES_START) {
            // a report of an earlier period has no series (and a range from 2019 to it would end before it starts)
            return List.of();
        }
        LocalDate seriesStart = from != null && from.isAfter(LocalDate.of(SERIES_START, 1, 1)) ? from
                : LocalDate.of(SERIES_START, 1, 1);
        List<YearIndicator> counted = seriesStart.isAfter(period.end()) ? List.of()
                : art158Records(period, Period.range(seriesStart, period.end()));
        List<YearIndicator> years = new ArrayList<>();
        for (int year = SERIES_START; year <= period.year(); year++) {
            int y = year;
            YearIndicator records = counted.stream().filter(c -> c.year() == y).findFirst()
                    .orElse(new YearIndicator(y, 0, 0, 0, 0));
            Period before = beforeRecords(Period.range(LocalDate.of(y, 1, 1),
                    y == period.year() ? period.end() : LocalDate.of(y, 12, 31)), from);
            long stated = 0;
            if (before != null) {
                PublishedStatistics.Totals t = publishedIn(before);
                stated = ART158_CATEGORIES.stream().mapToLong(t::count).sum();
            }
            years.add(new YearIndicator(y, records.incidents() + stated, records.complaints(),
                    records.sentToCourt(), records.convictions()));
        }
        return years;
    }

    private List<YearIndicator> art158Records(Period period, Period series) {
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
