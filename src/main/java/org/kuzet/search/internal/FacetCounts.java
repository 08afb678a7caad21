package org.kuzet.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.kuzet.search.Facet;

/**
 * Counts every hit of a query under each value of each facet, from the segments' facet ordinals held on the heap
 * (FacetOrdinals): per segment into an array by ordinal (no strings while counting), turned into values only for
 * the ordinals counted. Runs in the same pass as the collection of the top hits, over exactly the hits, so a public
 * query counts only what the public may find.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Result> {

    record Result(long total, Map<String, Map<String, Long>> facets) {
    }

    private static final Facet[] FACETS = Facet.values();

    private final FacetOrdinals ordinals;

    FacetCounts(FacetOrdinals ordinals) {
        this.ordinals = ordinals;
    }

    @Override
    public Counter newCollector() {
        return new Counter(ordinals);
    }

    @Override
    public Result reduce(Collection<Counter> counters) {
        Map<Facet, Map<String, Long>> merged = new EnumMap<>(Facet.class);
        for (Facet facet : FACETS) {
            merged.put(facet, new HashMap<>());
        }
        long total = 0;
        for (Counter counter : counters) {
            total += counter.total;
            for (Counted segment : counter.segments) {
                String[][] values = segment.values;
                for (int f = 0; f < FACETS.length; f++) {
                    int[] counts = segment.counts[f];
                    Map<String, Long> into = merged.get(FACETS[f]);
                    for (int ord = 0; ord < counts.length; ord++) {
                        if (counts[ord] > 0 && !values[f][ord].isEmpty()) { // "": the document has no value of it
                            into.merge(values[f][ord], (long) counts[ord], Long::sum);
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

    /** The counts of one segment, by facet and ordinal. */
    private static final class Counted {
        final String[][] values;
        final int[][] counts = new int[FACETS.length][];

        Counted(FacetOrdinals.Segment segment) {
            this.values = segment.values();
            for (int f = 0; f < FACETS.length; f++) {
                counts[f] = new int[values[f].length];
            }
        }
    }

    static final class Counter implements Collector {

        private final FacetOrdinals ordinals;
        private final List<Counted> segments = new ArrayList<>();
        private long total;

        Counter(FacetOrdinals ordinals) {
            this.ordinals = ordinals;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            FacetOrdinals.Segment ordinalsOfSegment = ordinals.of(context.reader());
            Counted segment = new Counted(ordinalsOfSegment);
            segments.add(segment);
            int[][] counts = segment.counts;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    total++;
                    ordinalsOfSegment.count(doc, counts);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
