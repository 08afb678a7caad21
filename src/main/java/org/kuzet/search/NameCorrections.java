package org.kuzet.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tolerance for misspelt names: a word that is no known name (nor place) is also looked up as the known names
 * closest to it by trigrams (Bazhkenva: bazhkenova). The public is corrected only towards names of published
 * records, so a correction can never reveal a name that only a draft or a confidential source holds.
 */
final class NameCorrections {

    static final double MIN_SIMILARITY = 0.5;
    private static final int MAX_ALTERNATIVES = 3;

    private final JdbcClient jdbc;

    NameCorrections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Integer, List<String>> find(QueryText query, Audience audience) {
        Map<Integer, List<String>> corrections = new HashMap<>();
        for (int i = 0; i < query.parts().size(); i++) {
            QueryText.Part part = query.parts().get(i);
            if (!part.correctable()) {
                continue;
            }
            List<String> near = jdbc.sql("""
                    select word from search_name
                    where word % :word and similarity(word, :word) >= :min""" + (audience == Audience.PUBLIC ? " and public" : "") + """

                    group by word
                    order by word = :word desc, max(similarity(word, :word)) desc, word
                    limit :limit""")
                    .param("word", part.folded()).param("min", MIN_SIMILARITY).param("limit", MAX_ALTERNATIVES + 1)
                    .query(String.class).list();
            if (!near.isEmpty() && !near.getFirst().equals(part.folded())) {
                corrections.put(i, near.subList(0, Math.min(MAX_ALTERNATIVES, near.size())));
            }
        }
        return corrections;
    }
}
