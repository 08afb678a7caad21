package org.kuzet.taxonomy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.core.Languages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The category tree as other features use it. Codes are the stable codes of DESIGN.md. */
@Component
public class Categories {

    private final JdbcClient jdbc;

    /** A cue word or phrase of a category in one language; group is the category's group, or "" for none. */
    public record Cue(String category, String group, String lang, String text) {
    }

    /** A category's or group's name in one language, as the reports print it. */
    public record Label(String category, String group, String lang, String text) {
    }

    public Categories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A category's or group's name in a language (en, ru, kk; English otherwise), or its code when unknown. */
    public String label(String code, String lang) {
        return code == null ? "" : jdbc.sql("select label_" + Languages.orEnglish(lang) + " from category where code = ?")
                .param(code).query(String.class).optional().orElse(code);
    }

    /** Every category's and group's name in a language (en, ru, kk; English otherwise), by code. */
    public Map<String, String> labelsIn(String lang) {
        Map<String, String> labels = new LinkedHashMap<>();
        jdbc.sql("select code, label_" + Languages.orEnglish(lang) + " from category order by position, code")
                .query((java.sql.ResultSet rs) -> {
                    labels.put(rs.getString(1), rs.getString(2) == null ? rs.getString(1) : rs.getString(2));
                });
        return labels;
    }

    /** A category an incident can be filed under (not a group, not retired). */
    public boolean isAssignable(String code) {
        return code != null && jdbc.sql("""
                select count(*) from category where code = ? and kind = 'category' and retired_in is null""")
                .param(code).query(Long.class).single() > 0;
    }

    public boolean isGroup(String code) {
        return code != null && jdbc.sql("select count(*) from category where code = ? and kind = 'group'")
                .param(code).query(Long.class).single() > 0;
    }

    /** The categories of a group, in report order. */
    public List<String> inGroup(String group) {
        return jdbc.sql("select code from category where group_code = ? order by position").param(group)
                .query(String.class).list();
    }

    public Optional<String> groupOf(String category) {
        return jdbc.sql("select group_code from category where code = ? and group_code is not null").param(category)
                .query(String.class).optional();
    }

    /**
     * Every cue word of the tree (category_cue, which the staff may edit): groups first, then categories in report
     * order, context last. Where two categories match a text equally, the one listed first is taken.
     */
    public List<Cue> cues() {
        return jdbc.sql("""
                select q.category_code, coalesce(c.group_code, ''), q.lang, q.cue
                from category_cue q join category c on c.code = q.category_code
                left join category g on g.code = c.group_code
                order by c.kind <> 'group', c.code = 'context', coalesce(g.position, c.position), c.position,
                         q.category_code, q.lang, q.cue""")
                .query((rs, n) -> new Cue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    /** The names of every counted group and category in en, ru and kk (not context, not retired). */
    public List<Label> labels() {
        return jdbc.sql("""
                select code, coalesce(group_code, ''), l.lang, l.text
                from category, lateral (values ('en', label_en), ('ru', label_ru), ('kk', label_kk)) l(lang, text)
                where counted and retired_in is null and l.text is not null order by position, code, l.lang""")
                .query((rs, n) -> new Label(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
