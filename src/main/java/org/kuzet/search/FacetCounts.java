package org.kuzet.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

/**
 * Counts every hit of a query under each value of each facet, from the facets' doc values: per segment into an
 * array by the segment's ordinal (no strings while counting), turned into values only for the ordinals counted.
 * Runs in the same pass as the collection of the top hits, over exactly the hits, so a public query counts only
 * what the public may find.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Result> {

    record Result(long total, Map<String, Map<String, Long>> facets) {
    }

    private static final Facet[] FACETS = Facet.values();

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Result reduce(Collection<Counter> counters) throws IOException {
        Map<Facet, Map<String, Long>> merged = new EnumMap<>(Facet.class);
        for (Facet facet : FACETS) {
            merged.put(facet, new java.util.HashMap<>());
        }
        long total = 0;
        for (Counter counter : counters) {
            total += counter.total;
            for (Segment segment : counter.segments) {
                for (int f = 0; f < FACETS.length; f++) {
                    SortedSetDocValues values = segment.values[f];
                    int[] counts = segment.counts[f];
                    if (counts == null) {
                        continue;
                    }
                    Map<String, Long> into = merged.get(FACETS[f]);
                    for (int ord = 0; ord < counts.length; ord++) {
                        if (counts[ord] > 0) {
                            BytesRef value = values.lookupOrd(ord);
                            if (value.length > 0) { // "": the document has no value of the facet
                                into.merge(value.utf8ToString(), (long) counts[ord], Long::sum);
                            }
                        }
                    }
                }
            }
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (Facet facet : FACETS) {
            facets.put(facet.parameter(), largestFirst(merged.get(facet)));
        }
        return new Result(total, facets);
    }

    private static Map<String, Long> largestFirst(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The counts of one segment. The doc values are kept to turn ordinals into values at the end. */
    private static final class Segment {
        final SortedSetDocValues[] values = new SortedSetDocValues[FACETS.length];
        final int[][] counts = new int[FACETS.length][];
    }

    static final class Counter implements Collector {

        private final List<Segment> segments = new ArrayList<>();
        private long total;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            Segment segment = new Segment();
            // values read for counting, and separate ones for looking ordinals up afterwards
            SortedSetDocValues[] iterating = new SortedSetDocValues[FACETS.length];
            for (int f = 0; f < FACETS.length; f++) {
                String field = LuceneDocuments.facetValues(FACETS[f]);
                if (context.reader().getFieldInfos().fieldInfo(field) == null) {
                    continue;
                }
                SortedSetDocValues values = DocValues.getSortedSet(context.reader(), field);
                if (values.getValueCount() == 0) {
                    continue;
                }
                iterating[f] = values;
                segment.values[f] = DocValues.getSortedSet(context.reader(), field);
                segment.counts[f] = new int[(int) values.getValueCount()];
            }
            segments.add(segment);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    for (int f = 0; f < iterating.length; f++) {
                        SortedSetDocValues values = iterating[f];
                        if (values != null && values.advanceExact(doc)) {
                            int[] counts = segment.counts[f];
                            for (int i = values.docValueCount(); i > 0; i--) {
                                counts[(int) values.nextOrd()]++;
                            }
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
