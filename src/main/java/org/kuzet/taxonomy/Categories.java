package org.kuzet.taxonomy;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The category tree as other features use it. Codes are the stable codes of DESIGN.md. */
@Component
public class Categories {

    private final JdbcClient jdbc;

    Categories(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}
