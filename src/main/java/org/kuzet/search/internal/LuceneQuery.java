package org.kuzet.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.kuzet.search.SearchRequest;

/**
 * The Lucene query for a request: every word or "phrase" must match (by its stem or its folded spelling, a title
 * match counting more), in the fields the viewer may read of each document ({@link SearchAudience}: staff text only
 * of the documents whose staff text they read), among the documents they may see, with the facet values asked for.
 * A name-like word with no hit at all is also looked up as the known names nearest to it (edit distance 1, or 2
 * for longer words): those are the suggestions. Known names are taken only from documents the viewer may see, so a
 * name that only a draft holds is never suggested to the public, nor to a correspondent who did not write it.
 */
final class LuceneQuery {

    static final float TITLE_BOOST = 3f;
    static final float CORRECTION_BOOST = 0.5f;
    static final int MAX_CORRECTIONS = 3;
    private static final int MAX_CANDIDATES = 50;

    private final Query query;
    private final List<String> suggestions;
    private final List<String> stems;

    private LuceneQuery(Query query, List<String> suggestions, List<String> stems) {
        this.query = query;
        this.suggestions = suggestions;
        this.stems = stems;
    }

    static LuceneQuery of(SearchRequest request, QueryText text, Analyzer analyzer, IndexSearcher searcher) {
        SearchAudience audience = SearchAudience.of(request.viewer());
        QueryBuilder builder = new QueryBuilder(analyzer);
        Query visible = audience.documents();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        List<String> suggestions = new ArrayList<>();
        boolean anyPart = false;
        for (QueryText.Part part : text.parts()) {
            Query stemmed = match(builder, LuceneDocuments.PUBLIC_STEM, part);
            if (stemmed == null) {
                continue; // a stop word: it asks for nothing
            }
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            add(either, match(builder, LuceneDocuments.PUBLIC_STEM, part), 1f);
            add(either, match(builder, LuceneDocuments.PUBLIC_FOLD, part), 1f);
            add(either, audience.inStaffText(match(builder, LuceneDocuments.STAFF_STEM, part)), 1f);
            add(either, audience.inStaffText(match(builder, LuceneDocuments.STAFF_FOLD, part)), 1f);
            add(either, match(builder, LuceneDocuments.TITLE_STEM, part), TITLE_BOOST);
            add(either, match(builder, LuceneDocuments.TITLE_FOLD, part), TITLE_BOOST);
            Query exact = either.build();
            if (part.correctable() && !exists(searcher, exact, visible)) {
                for (String correction : corrections(searcher, part.folded(), visible)) {
                    suggestions.add(correction);
                    add(either, new TermQuery(new Term(LuceneDocuments.PUBLIC_FOLD, correction)), CORRECTION_BOOST);
                    add(either, audience.inStaffText(new TermQuery(new Term(LuceneDocuments.STAFF_FOLD, correction))),
                            CORRECTION_BOOST);
                }
            }
            all.add(either.build(), Occur.MUST);
            anyPart = true;
        }
        if (!anyPart) {
            all.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        if (visible != null) {
            all.add(visible, Occur.FILTER);
        }
        request.filters().forEach((facet, value) -> all.add(new TermQuery(new Term(LuceneDocuments.facetField(facet),
                facet.numeric() ? Integer.toString(Integer.parseInt(value.trim())) : value)), Occur.FILTER));
        List<String> distinct = suggestions.stream().distinct().toList();
        return new LuceneQuery(all.build(), distinct, anyPart ? tokens(analyzer, LuceneDocuments.PUBLIC_STEM, text.words())
                : List.of());
    }

    Query query() {
        return query;
    }

    List<String> suggestions() {
        return suggestions;
    }

    /** The stems of the query's words, for marking them in the passage shown. */
    List<String> stems() {
        return stems;
    }

    private static Query match(QueryBuilder builder, String field, QueryText.Part part) {
        return part.phrase() ? builder.createPhraseQuery(field, part.text())
                : builder.createBooleanQuery(field, part.text(), Occur.MUST);
    }

    private static void add(BooleanQuery.Builder either, Query query, float boost) {
        if (query != null) {
            either.add(boost == 1f ? query : new BoostQuery(query, boost), Occur.SHOULD);
        }
    }

    /** The known names nearest to a folded word, nearest and most frequent first. */
    private static List<String> corrections(IndexSearcher searcher, String folded, Query visible) {
        int maxEdits = folded.length() >= 8 ? 2 : 1;
        Map<String, Integer> frequency = new HashMap<>();
        try {
            FuzzyQuery fuzzy = new FuzzyQuery(new Term(LuceneDocuments.NAMES, folded), maxEdits, 0, MAX_CANDIDATES, true);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(LuceneDocuments.NAMES);
                if (terms == null) {
                    continue;
                }
                TermsEnum candidates = fuzzy.getTermsEnum(terms);
                BytesRef candidate;
                while ((candidate = candidates.next()) != null && frequency.size() < MAX_CANDIDATES) {
                    frequency.merge(candidate.utf8ToString(), candidates.docFreq(), Integer::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> distance = new LinkedHashMap<>();
        frequency.keySet().forEach(word -> distance.put(word, editDistance(folded, word)));
        return frequency.keySet().stream()
                .filter(word -> !word.equals(folded))
                .sorted(Comparator.<String>comparingInt(distance::get)
                        .thenComparing(Comparator.<String>comparingInt(frequency::get).reversed())
                        .thenComparing(Comparator.naturalOrder()))
                .filter(word -> exists(searcher, new TermQuery(new Term(LuceneDocuments.NAMES, word)), visible))
                .limit(MAX_CORRECTIONS)
                .toList();
    }

    /** Whether any document the viewer may see matches (stops at the first). */
    static boolean exists(IndexSearcher searcher, Query query, Query visible) {
        Query q = query;
        if (visible != null) {
            q = new BooleanQuery.Builder().add(query, Occur.MUST).add(visible, Occur.FILTER).build();
        }
        try {
            return searcher.search(q, new CollectorManager<FirstHit, Boolean>() {
                @Override
                public FirstHit newCollector() {
                    return new FirstHit();
                }

                @Override
                public Boolean reduce(java.util.Collection<FirstHit> collectors) {
                    return collectors.stream().anyMatch(c -> c.found);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class FirstHit implements Collector {
        boolean found;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            if (found) {
                throw new CollectionTerminatedException();
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    found = true;
                    throw new CollectionTerminatedException();
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
