package org.kuzet.report.internal;

import org.kuzet.report.Lang;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Labels of categories, groups and legal articles in the report's language, as the database holds them. */
@Component
public class Labels {

    private final JdbcClient jdbc;

    Labels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Set(Map<String, String> categories, Map<String, String> articles) {

        String category(String code) {
            return categories.getOrDefault(code, code);
        }

        String article(String code) {
            return articles.getOrDefault(code, code);
        }
    }

    public Set in(Lang lang) {
        Map<String, String> categories = new HashMap<>();
        jdbc.sql("select code, label_" + lang.code() + " from category")
                .query((rs, n) -> categories.put(rs.getString(1), rs.getString(2))).list();
        Map<String, String> articles = new HashMap<>();
        jdbc.sql("select code, label_" + lang.code() + " from legal_article")
                .query((rs, n) -> articles.put(rs.getString(1), rs.getString(2))).list();
        return new Set(categories, articles);
    }
}
