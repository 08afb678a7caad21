package org.kuzet.place.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.kuzet.reference.Filter;
import org.kuzet.reference.Paging;
import org.kuzet.spelling.Spelling;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the gazetteer (place, place_alias) for the API. The gazetteer itself changes only by migration. */
@Repository
class PlaceCatalog {

    private static final String SELECT = """
            select p.*, par.code as parent,
                   case when p.kind in ('region', 'city_of_republican_significance') then p.code
                        when par.kind in ('region', 'city_of_republican_significance') then par.code
                        when gp.kind in ('region', 'city_of_republican_significance') then gp.code end as region,
                   coalesce((select array_agg(x.alias) from place_alias x where x.place_code = p.code
                             and x.alias not in (p.name_en, p.name_ru, p.name_kk)), '{}') as aliases
            from place p
            left join place par on par.code = p.parent_code
            left join place gp on gp.code = par.parent_code
            """;

    private final JdbcClient jdbc;

    PlaceCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Place> find(String code, String lang) {
        return jdbc.sql(SELECT + " where p.code = ?").param(code).query((rs, n) -> place(rs, lang)).optional();
    }

    Paging.Page<Place> list(String kind, List<String> within, String q, String lang, Paging paging) {
        Filter filter = new Filter();
        if (kind != null) {
            filter.and("p.kind = :kind", "kind", kind);
        }
        if (within != null) {
            filter.and("p.code in (:within)", "within", within);
        }
        if (q != null) {
            String key = Spelling.key(q);
            filter.and("""
                    exists (select 1 from place_alias x where x.place_code = p.code
                            and (x.key like :prefix or x.key like :word))""",
                    "prefix", key + "%", "word", "% " + key + "%");
        }
        Map<String, Object> params = filter.params();
        long total = jdbc.sql("select count(*) from place p" + filter.where()).params(params).query(Long.class)
                .single();
        List<Place> items = jdbc.sql(SELECT + filter.where() + " order by p.name_" + lang + ", p.code"
                        + " limit :limit offset :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> place(rs, lang)).list();
        return paging.page(items, total);
    }

    private static Place place(ResultSet rs, String lang) throws SQLException {
        Place.Names names = new Place.Names(rs.getString("name_en"), rs.getString("name_ru"), rs.getString("name_kk"));
        List<String> aliases = Stream.of((String[]) rs.getArray("aliases").getArray()).sorted().toList();
        return new Place(rs.getString("code"), rs.getString("kind"), names.in(lang), names, aliases,
                rs.getString("parent"), rs.getString("region"), rs.getString("country_code").strip(),
                rs.getBoolean("regional_centre"), rs.getObject("valid_from", java.time.LocalDate.class),
                rs.getObject("valid_to", java.time.LocalDate.class), degrees(rs, "latitude"), degrees(rs, "longitude"));
    }

    private static Double degrees(ResultSet rs, String column) throws SQLException {
        java.math.BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }
}
