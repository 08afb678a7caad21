package org.kuzet.search;

import java.util.List;
import java.util.Map;
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
    private final FacetCounts facets;
    private final PostgresReindex reindex;

    PostgresSearchIndex(JdbcClient jdbc, PostgresReindex reindex) {
        this.jdbc = jdbc;
        this.names = new NameCorrections(jdbc);
        this.facets = new FacetCounts(jdbc);
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
        Map<String, Map<String, Long>> counts = facets.count(condition);
        long total = counts.get(Facet.TYPE.parameter()).values().stream().mapToLong(Long::longValue).sum();
        List<String> suggestions = corrections.values().stream().flatMap(List::stream).distinct().toList();
        List<SearchHit> hits = total == 0 ? List.of() : hits(request, query, condition, suggestions);
        return new SearchResults(hits, total, counts, suggestions);
    }

    private List<SearchHit> hits(SearchRequest request, QueryText query, MatchCondition condition,
                                 List<String> suggestions) {
        String order = request.sort() == SearchSort.DATE || query.isEmpty()
                ? "d.doc_date desc nulls last, score desc, d.doc_type, d.record_id"
                : "score desc, d.doc_date desc nulls last, d.doc_type, d.record_id";
        // the text a highlight is cut from: public text only, unless staff are asking
        String readable = request.audience() == Audience.PUBLIC ? "d.public_text"
                : "concat_ws(' ', d.public_text, d.staff_text)";
        Highlighter highlighter = Highlighter.forQuery(query, stems(query), suggestions);
        return jdbc.sql("select d.record_id, d.doc_type, d.title, d.doc_date, " + condition.rank() + " as score, "
                        + readable + " as readable from search_document d where " + condition.where()
                        + " order by " + order + " limit :size offset :offset")
                .params(condition.parameters())
                .param("size", request.size())
                .param("offset", (long) request.page() * request.size())
                .query((rs, n) -> new SearchHit(rs.getLong("record_id"), rs.getString("doc_type"), rs.getString("title"),
                        highlighter.highlight(rs.getString("readable")), rs.getObject("doc_date", java.time.LocalDate.class),
                        rs.getDouble("score")))
                .list();
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
