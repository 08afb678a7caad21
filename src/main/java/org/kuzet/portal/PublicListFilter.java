package org.kuzet.portal;

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
 * What the public asked for on the incident list: words, and facets. Turns itself into SQL over published
 * incidents only. A value that is no valid code is refused by the list and the downloads ({@link #unknownValues}):
 * silently ignored, it would hand out every incident as if it were the ones asked for.
 */
public record PublicListFilter(String q, String group, String category, String region, String month,
                        String verification, String victimKind, String state) {

    public static final PublicListFilter NONE = new PublicListFilter(null, null, null, null, null, null, null, null);

    public PublicListFilter {
        q = blankToNull(q);
        group = blankToNull(group);
        category = blankToNull(category);
        region = blankToNull(region);
        month = normalMonth(blankToNull(month));
        verification = blankToNull(verification);
        victimKind = blankToNull(victimKind);
        state = blankToNull(state);
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
            params.put("region", region);
        }
        if (group != null) {
            where.add("i.primary_category in (select code from category where group_code = :group)");
            params.put("group", group);
        }
        if (category != null) {
            where.add("(i.primary_category = :category or exists (select 1 from incident_category c "
                    + "where c.incident_id = i.id and c.category_code = :category))");
            params.put("category", category);
        }
        YearMonth ym = yearMonth(month);
        if (ym != null) {
            where.add("i.occurred_on between :monthStart and :monthEnd and i.date_precision <> 'year'");
            params.put("monthStart", ym.atDay(1));
            params.put("monthEnd", ym.atEndOfMonth());
        }
        if (verification != null) {
            where.add("i.verification = :verification");
            params.put("verification", verification);
        }
        if (victimKind != null) {
            where.add("exists (select 1 from incident_victim v where v.incident_id = i.id and v.victim_kind = :victimKind)");
            params.put("victimKind", victimKind);
        }
        return new Sql(where.toString(), params);
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
        return params;
    }

    /** The filter as a URL query string (without the page), for links to other pages and downloads. */
    public String queryString() {
        StringJoiner query = new StringJoiner("&");
        asParams().forEach((k, v) -> query.add(k + "=" + java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return query.toString();
    }

    record Sql(String where, Map<String, Object> params) {
    }

    /** A place and every place inside it (the gazetteer is a small tree). */
    static final String PLACES_UNDER = "with recursive tree(code) as (select code from place where code = :region "
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

    /**
     * Every value that names nothing: an unknown code, a place not in the gazetteer, a month that is not one
     * (written 2024-03, within the years {@link PartialDate} allows), a language Kuzet does not speak ({@code lang}).
     * Each problem names the parameter and value.
     */
    public List<FieldProblem> unknownValues(Categories categories, Places places, String lang) {
        List<FieldProblem> problems = new ArrayList<>();
        if (lang != null && !Languages.supported(lang)) {
            problems.add(new FieldProblem("lang", Languages.notSpoken(lang)));
        }
        if (group != null && !categories.isGroup(group)) {
            problems.add(new FieldProblem("group", "unknown category or group code: '" + group + "'"));
        }
        if (category != null && !categories.isAssignable(category) && !categories.isGroup(category)) {
            problems.add(new FieldProblem("category", "unknown category or group code: '" + category + "'"));
        }
        if (region != null && !places.exists(region)) {
            problems.add(new FieldProblem("region", "not in the gazetteer: '" + region + "'"));
        }
        if (month != null && yearMonth(month) == null) {
            problems.add(new FieldProblem("month", "must be a month written YYYY-MM, not '" + month + "'"));
        }
        oneOf("verification", verification, Verification.values(), problems);
        oneOf("victimKind", victimKind, VictimKind.values(), problems);
        oneOf("state", state, WorkflowState.values(), problems);
        return problems;
    }

    private static void oneOf(String field, String value, Enum<?>[] codes, List<FieldProblem> problems) {
        List<String> allowed = java.util.Arrays.stream(codes).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
        if (value != null && !allowed.contains(value)) {
            problems.add(new FieldProblem(field, "must be one of " + String.join(", ", allowed) + ", not '" + value
                    + "'"));
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
