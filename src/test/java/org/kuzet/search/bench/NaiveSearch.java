package org.kuzet.search.bench;

import java.util.HashMap;
import java.util.Map;
import org.kuzet.search.Facet;
import org.kuzet.search.SearchRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The way one would search without a search index: every word ILIKE '%word%' over the incident's title, summary
 * and victims' names, published incidents only, the same facet filters, counts by group, category, region, year,
 * month and verification, and the first page by date. No stemming, no transliteration, no typo tolerance.
 */
final class NaiveSearch {

    private NaiveSearch() {
    }

    static long search(JdbcClient jdbc, SearchRequest request) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("i.workflow_state = 'published'");
        String[] words = request.text().replace("\"", " ").trim().split("\\s+");
        for (int w = 0; w < words.length; w++) {
            if (words[w].isBlank()) {
                continue;
            }
            where.append(" and (i.title ilike :w").append(w).append(" or i.summary ilike :w").append(w)
                    .append(" or exists (select 1 from incident_victim v where v.incident_id = i.id and v.name ilike :w")
                    .append(w).append("))");
            params.put("w" + w, "%" + words[w] + "%");
        }
        request.filters().forEach((facet, value) -> {
            switch (facet) {
                case REGION -> where.append(" and pr.region_code = :region");
                case YEAR -> where.append(" and extract(year from i.occurred_on) = :year");
                case CATEGORY -> where.append(" and i.primary_category = :category");
                default -> throw new IllegalArgumentException("naive search has no " + facet);
            }
            params.put(facet.parameter(), facet == Facet.YEAR ? (Object) Integer.parseInt(value) : value);
        });
        String sql = """
                with m as materialized (
                    select i.id, i.title, i.occurred_on, c.group_code, i.primary_category, pr.region_code,
                           extract(year from i.occurred_on) as year, extract(month from i.occurred_on) as month,
                           i.verification
                    from incident i join category c on c.code = i.primary_category
                    left join search_place_region pr on pr.code = i.place_code
                    where %s),
                page as (select id from m order by occurred_on desc limit 20)
                select 'total', null, count(*) from m
                union all select 'group', group_code, count(*) from m group by group_code
                union all select 'category', primary_category, count(*) from m group by primary_category
                union all select 'region', region_code, count(*) from m group by region_code
                union all select 'year', year::text, count(*) from m group by year
                union all select 'month', month::text, count(*) from m group by month
                union all select 'verification', verification, count(*) from m group by verification
                union all select 'page', null, count(*) from page""".formatted(where);
        return jdbc.sql(sql).params(params).query((rs, n) -> rs.getString(1).equals("total") ? rs.getLong(3) : 0L)
                .list().stream().mapToLong(Long::longValue).sum();
    }
}
