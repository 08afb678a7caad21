package org.kuzet.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search on PostgreSQL itself: the search_document table (V50), kept in step by triggers in the writing
 * transaction, a GIN index over Russian stems and spelling-folded words, pg_trgm for misspelt names.
 */
@Component
class PostgresSearchIndex implements SearchIndex {

    private final JdbcClient jdbc;
    private final NameCorrections names;
    private final MatchedSet matched;
    private final PostgresReindex reindex;

    PostgresSearchIndex(JdbcClient jdbc, PostgresReindex reindex) {
        this.jdbc = jdbc;
        this.names = new NameCorrections(jdbc);
        this.matched = new MatchedSet(jdbc);
        this.reindex = reindex;
    }

    @Override
    @Transactional(readOnly = true)
    public SearchResults search(SearchRequest request) {
        // room to count facets over many matches in memory rather than on disk
        jdbc.sql("set local work_mem = '64MB'").update();
        QueryText query = QueryText.parse(request.text());
        Map<Integer, List<String>> corrections = names.find(query, request.audience());
        MatchCondition condition = MatchCondition.of(request, query, corrections);
        String order = request.sort() == SearchSort.DATE || query.isEmpty()
                ? "d.doc_date desc nulls last, d.score desc, d.doc_type, d.record_id"
                : "d.score desc, d.doc_date desc nulls last, d.doc_type, d.record_id";
        MatchedSet.Page page = matched.read(condition, order, request.size(), (long) request.page() * request.size());
        List<String> suggestions = corrections.values().stream().flatMap(List::stream).distinct().toList();
        List<SearchHit> hits = page.hits().isEmpty() ? List.of()
                : hits(page.hits(), request.audience(), Highlighter.forQuery(query, stems(query), suggestions));
        return new SearchResults(hits, page.total(), page.facets(), suggestions);
    }

    /** Titles and highlights of the page's hits; the highlight from text the audience may read. */
    private List<SearchHit> hits(List<MatchedSet.Key> keys, Audience audience, Highlighter highlighter) {
        String readable = audience == Audience.PUBLIC ? "d.public_text" : "concat_ws(' ', d.public_text, d.staff_text)";
        StringJoiner wanted = new StringJoiner(", ");
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            wanted.add("(cast(:t" + i + " as text), cast(:i" + i + " as bigint))");
            parameters.put("t" + i, keys.get(i).type());
            parameters.put("i" + i, keys.get(i).id());
        }
        Map<String, String[]> texts = new HashMap<>();
        jdbc.sql("select d.doc_type, d.record_id, d.title, " + readable + " from search_document d join (values "
                        + wanted + ") w (doc_type, record_id) on d.doc_type = w.doc_type and d.record_id = w.record_id")
                .params(parameters)
                .query(rs -> {
                    texts.put(rs.getString(1) + ":" + rs.getLong(2), new String[] {rs.getString(3), rs.getString(4)});
                });
        return keys.stream().filter(k -> texts.containsKey(k.type() + ":" + k.id())).map(k -> {
            String[] text = texts.get(k.type() + ":" + k.id());
            return new SearchHit(k.id(), k.type(), text[0], highlighter.highlight(text[1]), k.date(), k.score());
        }).toList();
    }

    /** The Russian (and, for Latin words, English) stems of the query words, as the index has them. */
    private List<String> stems(QueryText query) {
        if (query.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select lexeme from unnest(to_tsvector('russian', :words))").param("words", query.words())
                .query(String.class).list();
    }

    @Override
    public long reindex() {
        return reindex.run();
    }
}
