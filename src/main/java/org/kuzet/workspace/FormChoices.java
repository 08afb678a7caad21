package org.kuzet.workspace;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.core.Languages;
import org.kuzet.place.Places;
import org.kuzet.taxonomy.Categories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the incident form offers to pick from: the category tree by group, and the gazetteer by region. */
@Component
class FormChoices {

    record Choice(String code, String label) {
    }

    record ChoiceGroup(String label, List<Choice> choices) {
    }

    private final JdbcClient jdbc;
    private final Places places;
    private final Categories categories;

    FormChoices(JdbcClient jdbc, Places places, Categories categories) {
        this.jdbc = jdbc;
        this.places = places;
        this.categories = categories;
    }

    List<ChoiceGroup> categories(String lang) {
        String l = Languages.supported(lang) ? lang : "en";
        Map<String, ChoiceGroup> groups = new LinkedHashMap<>();
        jdbc.sql("""
                select g.label_%1$s as grp, c.code, c.label_%1$s as label from category c
                join category g on g.code = c.group_code
                where c.kind = 'category' and c.retired_in is null order by g.position, c.position""".formatted(l))
                .query((java.sql.ResultSet rs) -> {
                    groups.computeIfAbsent(rs.getString("grp"), k -> new ChoiceGroup(k, new ArrayList<>()))
                            .choices().add(new Choice(rs.getString("code"), rs.getString("label")));
                });
        return List.copyOf(groups.values());
    }

    /** Regions and cities of republican significance, each followed by its towns; then foreign places. */
    List<ChoiceGroup> places(String lang) {
        String l = Languages.supported(lang) ? lang : "en";
        Map<String, ChoiceGroup> groups = new LinkedHashMap<>();
        jdbc.sql("""
                select case when p.kind in ('region', 'city_of_republican_significance', 'country') then p.name_%1$s
                            else parent.name_%1$s end as grp,
                       p.code, p.name_%1$s as label,
                       p.kind in ('region', 'city_of_republican_significance', 'country') as top
                from place p left join place parent on parent.code = p.parent_code
                where p.code <> 'kz'
                order by (p.country_code <> 'KZ'), grp, top desc, label""".formatted(l))
                .query((java.sql.ResultSet rs) -> {
                    groups.computeIfAbsent(rs.getString("grp"), k -> new ChoiceGroup(k, new ArrayList<>()))
                            .choices().add(new Choice(rs.getString("code"), rs.getString("label")));
                });
        return List.copyOf(groups.values());
    }

    /** The name of a place in a language, or its code when it is unknown. */
    String placeName(String code, String lang) {
        return places.name(code, lang);
    }

    /** The label of a category in a language, or its code when it is unknown. */
    String categoryLabel(String code, String lang) {
        return categories.label(code, lang);
    }
}
