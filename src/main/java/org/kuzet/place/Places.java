package org.kuzet.place;

import java.util.List;
import java.util.Optional;
import org.kuzet.core.Languages;
import org.kuzet.spelling.Spelling;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The gazetteer as other features use it: does a place exist, which places lie within a region. */
@Component
public class Places {

    private final JdbcClient jdbc;

    /** A spelling of a place: one of its three names or an alias. */
    public record Name(String code, String spelling) {
    }

    /**
     * A town (or city) with its point: where it lies (degrees, WGS 84), its name in the language asked for, and the
     * region or city of republican significance it belongs to (itself for Astana, Almaty and Shymkent).
     */
    public record Located(String code, String name, String region, boolean regionalCentre, double latitude,
            double longitude) {
    }

    public Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A place's name in a language (en, ru, kk; English otherwise), or its code when there is no such place. */
    public String name(String code, String lang) {
        return code == null ? "" : jdbc.sql("select name_" + Languages.orEnglish(lang) + " from place where code = ?")
                .param(code).query(String.class).optional().orElse(code);
    }

    public boolean exists(String code) {
        return code != null && jdbc.sql("select count(*) from place where code = ?").param(code)
                .query(Long.class).single() > 0;
    }

    /** The place itself and every place under it (a region's towns; a country's regions and towns). */
    public List<String> within(String code) {
        return jdbc.sql("""
                with recursive tree(code) as (
                    select code from place where code = ?
                    union all
                    select p.code from place p join tree t on p.parent_code = t.code)
                select code from tree""").param(code).query(String.class).list();
    }

    /** Places written this way, in any script or transliteration (Uralsk, Oral, Орал, Уральск). */
    public List<String> findBySpelling(String name) {
        return jdbc.sql("select distinct place_code from place_alias where key = ? order by place_code")
                .param(Spelling.key(name)).query(String.class).list();
    }

    /** The region or city of republican significance a place belongs to (itself, if it is one). */
    public Optional<String> regionOf(String code) {
        return jdbc.sql("""
                with recursive up(code, parent_code, kind) as (
                    select code, parent_code, kind from place where code = ?
                    union all
                    select p.code, p.parent_code, p.kind from place p join up on p.code = up.parent_code)
                select code from up where kind in ('region', 'city_of_republican_significance')""")
                .param(code).query(String.class).optional();
    }

    /** Every place of a country that has a point (towns and cities), by code; names in the language asked for. */
    public List<Located> located(String countryCode, String lang) {
        String l = Languages.orEnglish(lang);
        return jdbc.sql("""
                select p.code, p.name_%s as name, p.regional_centre, p.latitude, p.longitude,
                       case when p.kind = 'city_of_republican_significance' then p.code
                            when par.kind in ('region', 'city_of_republican_significance') then par.code
                            else gp.code end as region
                from place p left join place par on par.code = p.parent_code left join place gp on gp.code = par.parent_code
                where p.country_code = ? and p.latitude is not null order by p.code""".formatted(l))
                .param(countryCode)
                .query((rs, n) -> new Located(rs.getString("code"), rs.getString("name"), rs.getString("region"),
                        rs.getBoolean("regional_centre"), rs.getDouble("latitude"), rs.getDouble("longitude")))
                .list();
    }

    /**
     * Every spelling of every place, each place's own names before its other aliases, places in code order: what
     * text matching recognises. Where two places share a spelling, the one listed first is meant.
     */
    public List<Name> names() {
        return jdbc.sql("""
                select a.place_code, a.alias from place_alias a join place p on p.code = a.place_code
                order by a.place_code, a.alias not in (p.name_en, p.name_ru, p.name_kk), a.alias""")
                .query((rs, n) -> new Name(rs.getString(1), rs.getString(2))).list();
    }
}
