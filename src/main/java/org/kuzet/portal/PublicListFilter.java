package org.kuzet.portal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.kuzet.core.FieldProblem;
import org.kuzet.calendar.PartialDate;
import org.kuzet.incident.Verification;
import org.kuzet.incident.VictimKind;
import org.kuzet.incident.WorkflowState;
import org.kuzet.place.Places;
import org.kuzet.taxonomy.Categories;
import org.kuzet.core.Languages;

/**
 * What the public asked for on the incident list: words, facets and a time span. Turns itself into SQL over
 * published incidents only. A value that is no valid code is refused by the list and the downloads
 * ({@link #unknownValues}): silently ignored, it would hand out every incident as if it were the ones asked for.
 * <p>
 * The facets group, category, region, verification and victim kind take several values (checked boxes send the
 * parameter once per value, which arrives here joined by commas; {@code region=a,b} is the same): an incident
 * matches any of them. The time span ({@code year}, {@code month}, {@code from}, {@code to}) keeps an incident
 * whose whole period lies inside it, so an incident known only to its year is found by that year, not by a month.
 */
public record PublicListFilter(String q, String group, String category, String region, String month,
                        String verification, String victimKind, String state, String year, String from, String to) {

    public static final PublicListFilter NONE = new PublicListFilter(null, null, null, null, null, null, null, null);

    /** The parameters that take several values, in the order the removable filters are shown. */
    public static final List<String> MULTI = List.of("group", "category", "region", "verification", "victimKind");

    /** The facets of a filter without a year or date range. */
    public PublicListFilter(String q, String group, String category, String region, String month,
            String verification, String victimKind, String state) {
        this(q, group, category, region, month, verification, victimKind, state, null, null, null);
    }

    public PublicListFilter {
        q = blankToNull(q);
        group = several(group);
        category = several(category);
        region = several(region);
        month = normalMonth(blankToNull(month));
        verification = several(verification);
        victimKind = several(victimKind);
        state = blankToNull(state);
        year = blankToNull(year);
        from = blankToNull(from);
        to = blankToNull(to);
    }

    /** The values of a parameter (several for the facets in {@link #MULTI}), none when it is not set. */
    public List<String> values(String name) {
        String value = asParams().get(name);
        return value == null ? List.of() : List.of(value.split(","));
    }

    /**
     * The filter without one value of a parameter, or without the parameter when the value is null or the
     * parameter takes one value.
     */
    public PublicListFilter without(String name, String value) {
        Map<String, String> p = new LinkedHashMap<>(asParams());
        List<String> rest = values(name).stream()
                .filter(v -> value != null && MULTI.contains(name) && !v.equals(value)).toList();
        p.put(name, rest.isEmpty() ? null : String.join(",", rest));
        return of(p);
    }

    /** The filter with one parameter set to this value alone (a map's place chosen instead of the regions checked). */
    public PublicListFilter with(String name, String value) {
        Map<String, String> p = new LinkedHashMap<>(asParams());
        p.put(name, value);
        return of(p);
    }

    private static PublicListFilter of(Map<String, String> p) {
        return new PublicListFilter(p.get("q"), p.get("group"), p.get("category"), p.get("region"), p.get("month"),
                p.get("verification"), p.get("victimKind"), p.get("state"), p.get("year"), p.get("from"), p.get("to"));
    }

    /** The first and last day of the time span asked for (year, month, from, to together), or null where open. */
    public TimeSpan span() {
        LocalDate first = null;
        LocalDate last = null;
        Integer y = year(year);
        if (y != null) {
            first = LocalDate.of(y, 1, 1);
            last = LocalDate.of(y, 12, 31);
        }
        YearMonth ym = yearMonth(month);
        if (ym != null) {
            first = later(first, ym.atDay(1));
            last = earlier(last, ym.atEndOfMonth());
        }
        first = later(first, date(from));
        last = earlier(last, date(to));
        return new TimeSpan(first, last);
    }

    /** A time span; either end may be open (null). */
    public record TimeSpan(LocalDate first, LocalDate last) {
    }

    /**
     * The WHERE clause (alias {@code i} for incident) of a filter without words, and its named parameters. The
     * public sees published incidents only, whatever it asks for; staff see every workflow state and may filter by
     * it.
     */
    Sql where(boolean staff) {
        return where(staff, Resolved.NOTHING);
    }

    /**
     * The WHERE clause, with the name search's incidents and the region's places already worked out where the
     * caller did so: as literal lists the planner sees how few rows they select and reads them by index, where a
     * subquery's size is a guess that led it to read all 100,000 incidents (docs/benchmarks.md, web section).
     */
    Sql where(boolean staff, Resolved resolved) {
        StringJoiner where = new StringJoiner(" and ", " where ", "");
        where.setEmptyValue(""); // staff with no filter: every incident (a bare " where " was a syntax error)
        Map<String, Object> params = new LinkedHashMap<>();
        if (!staff) {
            where.add("i.workflow_state = 'published'");
        } else if (state != null) {
            where.add("i.workflow_state = :state");
            params.put("state", state);
        }
        if (q != null) {
            if (resolved.ids() == null) {
                throw new IllegalStateException("the incidents the words find are looked up in the search index first");
            }
            // an array literal rather than an IN list (PostgreSQL reads a long array faster than as many ORs), and
            // rather than a bigint[] parameter: a statement with a parameter is planned once for every list (a
            // generic plan guessing ten ids), one with the literal for its own ids (a hash of 50,000 ids, or a
            // few index reads); the ids are numbers from the search index, so nothing can end the literal
            where.add(resolved.ids().length == 0 ? "false" : "i.id = any('{" + join(resolved.ids()) + "}'::bigint[])");
        }
        if (region != null && resolved.places() != null) {
            where.add(resolved.places().isEmpty() ? "false" : "i.place_code in (" + quoted(resolved.places()) + ")");
        } else if (region != null) {
            where.add("i.place_code in (" + PLACES_UNDER + ")");
            params.put("regions", values("region"));
        }
        if (group != null) {
            where.add("i.primary_category in (select code from category where group_code in (:groups))");
            params.put("groups", values("group"));
        }
        if (category != null) {
            where.add("(i.primary_category in (:categories) or exists (select 1 from incident_category c "
                    + "where c.incident_id = i.id and c.category_code in (:categories)))");
            params.put("categories", values("category"));
        }
        timeSpan(span(), where, params);
        if (verification != null) {
            where.add("i.verification in (:verification)");
            params.put("verification", values("verification"));
        }
        if (victimKind != null) {
            where.add("exists (select 1 from incident_victim v where v.incident_id = i.id "
                    + "and v.victim_kind in (:victimKind))");
            params.put("victimKind", values("victimKind"));
        }
        return new Sql(where.toString(), params);
    }

    /**
     * Keeps the incidents whose whole period lies in the span: a day inside it, a month or a year wholly inside it.
     * The period's end is worked out here (a month-long incident starting on or before the span's last day less a
     * month ends inside it), so the condition stays a range over {@code occurred_on} that its index serves.
     */
    private static void timeSpan(TimeSpan span, StringJoiner where, Map<String, Object> params) {
        if (span.first() != null) {
            where.add("i.occurred_on >= :spanFirst");
            params.put("spanFirst", span.first());
        }
        if (span.last() != null) {
            LocalDate after = span.last().plusDays(1);
            where.add("i.occurred_on <= :spanLast and (i.date_precision = 'day' "
                    + "or i.date_precision = 'month' and i.occurred_on < :lastMonthStart "
                    + "or i.date_precision = 'year' and i.occurred_on < :lastYearStart)");
            params.put("spanLast", span.last());
            // a month starting before after-minus-a-month ends before 'after'; likewise a year
            params.put("lastMonthStart", after.minusMonths(1).plusDays(1));
            params.put("lastYearStart", after.minusYears(1).plusDays(1));
        }
    }

    /** The same filter as query parameters, for links (pages, downloads). */
    public Map<String, String> asParams() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "q", q);
        put(params, "group", group);
        put(params, "category", category);
        put(params, "region", region);
        put(params, "month", month);
        put(params, "verification", verification);
        put(params, "victimKind", victimKind);
        put(params, "state", state);
        put(params, "year", year);
        put(params, "from", from);
        put(params, "to", to);
        return params;
    }

    /** The filter as a URL query string (without the page), for links to other pages and downloads. */
    public String queryString() {
        StringJoiner query = new StringJoiner("&");
        asParams().forEach((k, v) -> query.add(k + "=" + java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return query.toString();
    }

    /** A WHERE clause (alias {@code i} for incident, starting with " where " or empty) and its named parameters. */
    public record Sql(String where, Map<String, Object> params) {
    }

    /** A place and every place inside it (the gazetteer is a small tree). */
    static final String PLACES_UNDER = "with recursive tree(code) as (select code from place where code in (:regions) "
            + "union all select p.code from place p join tree t on p.parent_code = t.code) select code from tree";

    /**
     * The incident ids the words find (from the search index, ascending) and the region's place codes, worked out
     * before the list's queries; null where there is no such filter (a region not worked out is a subquery).
     */
    record Resolved(long[] ids, java.util.List<String> places) {
        static final Resolved NOTHING = new Resolved(null, null);
    }

    private static String join(long[] ids) {
        StringBuilder b = new StringBuilder(ids.length * 7);
        for (long id : ids) {
            b.append(b.isEmpty() ? "" : ",").append(id);
        }
        return b.toString();
    }

    /** Codes read from the gazetteer, written as SQL literals (quotes doubled, so no code can end the literal). */
    private static String quoted(java.util.List<String> codes) {
        StringJoiner b = new StringJoiner(",");
        codes.forEach(c -> b.add("'" + c.replace("'", "''") + "'"));
        return b.toString();
    }

    private static void put(Map<String, String> params, String key, String value) {
        if (value != null) {
            params.put(key, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Several values joined by commas, each trimmed, blanks and repeats dropped; null when none is left. */
    private static String several(String value) {
        if (value == null) {
            return null;
        }
        String joined = String.join(",", java.util.Arrays.stream(value.split(",")).map(String::trim)
                .filter(v -> !v.isEmpty()).distinct().toList());
        return joined.isEmpty() ? null : joined;
    }

    /**
     * Every value that names nothing: an unknown code, a place not in the gazetteer, a month that is not one
     * (written 2024-03, within the years {@link PartialDate} allows), a language Kuzet does not speak ({@code lang}).
     * Each problem names the parameter and value.
     */
    public List<FieldProblem> unknownValues(Categories categories, Places places, String lang) {
        List<FieldProblem> problems = new ArrayList<>();
        if (lang != null && !Languages.supported(lang)) {
            problems.add(Languages.notSpoken("lang", lang));
        }
        for (String g : values("group")) {
            if (!categories.isGroup(g)) {
                problems.add(FieldProblem.of("group", "problem.unknownCategoryOrGroup", g));
            }
        }
        for (String c : values("category")) {
            if (!categories.isAssignable(c) && !categories.isGroup(c)) {
                problems.add(FieldProblem.of("category", "problem.unknownCategoryOrGroup", c));
            }
        }
        for (String r : values("region")) {
            if (!places.exists(r)) {
                problems.add(FieldProblem.of("region", "problem.place", r));
            }
        }
        if (month != null && yearMonth(month) == null) {
            problems.add(FieldProblem.of("month", "problem.month", month));
        }
        for (String v : values("verification")) {
            oneOf("verification", v, Verification.values(), problems);
        }
        for (String k : values("victimKind")) {
            oneOf("victimKind", k, VictimKind.values(), problems);
        }
        oneOf("state", state, WorkflowState.values(), problems);
        return problems;
    }

    /** The time span's values that are no year or date, or a span that ends before it starts. */
    public List<FieldProblem> timeProblems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (year != null && year(year) == null) {
            problems.add(FieldProblem.of("year", "problem.filterYear", year));
        }
        if (from != null && date(from) == null) {
            problems.add(FieldProblem.of("from", "problem.filterDate", from));
        }
        if (to != null && date(to) == null) {
            problems.add(FieldProblem.of("to", "problem.filterDate", to));
        }
        if (problems.isEmpty() && date(from) != null && date(to) != null && date(to).isBefore(date(from))) {
            problems.add(FieldProblem.of("to", "problem.filterOrder", to));
        }
        return problems;
    }

    private static Integer year(String value) {
        if (value == null || !value.matches("\\d{4}")) {
            return null;
        }
        try {
            int y = Integer.parseInt(value);
            PartialDate.requireYear(y, value);
            return y;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A day written YYYY-MM-DD within the years PartialDate allows, or null. */
    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value);
            PartialDate.requireYear(d.getYear(), value);
            return d;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static void oneOf(String field, String value, Enum<?>[] codes, List<FieldProblem> problems) {
        List<String> allowed = java.util.Arrays.stream(codes).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
        if (value != null && !allowed.contains(value)) {
            problems.add(FieldProblem.of(field, "problem.oneOfNot", String.join(", ", allowed), value));

        }
    }

    /** The month as written by YearMonth when it is one, otherwise as given (and then refused). */
    private static String normalMonth(String month) {
        YearMonth ym = yearMonth(month);
        return ym == null ? month : ym.toString();
    }

    private static YearMonth yearMonth(String month) {
        if (month == null) {
            return null;
        }
        try {
            YearMonth ym = YearMonth.parse(month);
            PartialDate.requireYear(ym.getYear(), month);
            return ym;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
    }
}
