package org.kuzet.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.kuzet.search.Facet;

/**
 * The facet values of every document of a segment, held on the heap as ordinals, read once per segment when a
 * searcher first sees it. Counting the facets of ten thousand hits reads eleven values per hit: read from the
 * memory-mapped doc values, every read is a checked access to a mapped segment (most of a query's time in a
 * profile at a million incidents); read from one array per facet, it is eleven cache misses per hit. Here the
 * values of a document lie side by side (one row: facet and ordinal in an int each), so a hit costs one or two.
 * Segments never change once written, so their rows stay valid until the segment is closed (merged away), when
 * they are dropped.
 * <p>
 * Memory: four bytes per value of a document (about fourteen values each) plus four for where its row starts:
 * about 100 MB for the 1.6 million documents of a million incidents.
 */
final class FacetOrdinals extends SearcherFactory {

    private static final Facet[] FACETS = Facet.values();
    private static final int ORDINAL_BITS = 24;
    private static final int ORDINAL_MASK = (1 << ORDINAL_BITS) - 1;

    /**
     * One segment: the values of document d are rows[starts[d]] to rows[starts[d + 1]] exclusive, each the facet's
     * position in Facet.values() above ORDINAL_BITS and the value's ordinal below; values[f][ordinal] is the value.
     */
    record Segment(int[] starts, int[] rows, String[][] values) {

        /** Adds one to counts[facet][ordinal] for each value of the document. */
        void count(int doc, int[][] counts) {
            for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                int value = rows[i];
                counts[value >>> ORDINAL_BITS][value & ORDINAL_MASK]++;
            }
        }
    }

    private final Map<Object, Segment> segments = new ConcurrentHashMap<>();

    /** Warms a new searcher: the segments it has that no earlier searcher had are read now, not by a query. */
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
        IndexSearcher searcher = super.newSearcher(reader, previous);
        for (LeafReaderContext leaf : reader.leaves()) {
            of(leaf.reader());
        }
        return searcher;
    }

    Segment of(LeafReader reader) {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return read(reader);
        }
        return segments.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(segments::remove);
            return read(reader);
        });
    }

    private static Segment read(LeafReader reader) {
        try {
            int maxDoc = reader.maxDoc();
            SortedSetDocValues[] columns = new SortedSetDocValues[FACETS.length];
            String[][] values = new String[FACETS.length][0];
            for (int f = 0; f < FACETS.length; f++) {
                String field = LuceneDocuments.facetValues(FACETS[f]);
                if (reader.getFieldInfos().fieldInfo(field) != null) {
                    columns[f] = DocValues.getSortedSet(reader, field);
                    values[f] = names(columns[f]);
                    columns[f].nextDoc();
                }
            }
            int[] starts = new int[maxDoc + 1];
            int[] rows = new int[Math.max(16, maxDoc * 12)];
            int next = 0;
            for (int d = 0; d < maxDoc; d++) {
                starts[d] = next;
                for (int f = 0; f < FACETS.length; f++) {
                    SortedSetDocValues column = columns[f];
                    if (column == null || column.docID() != d) {
                        continue;
                    }
                    int count = column.docValueCount();
                    if (next + count > rows.length) {
                        rows = Arrays.copyOf(rows, Math.max(rows.length * 3 / 2, next + count));
                    }
                    for (int i = 0; i < count; i++) {
                        rows[next++] = f << ORDINAL_BITS | (int) column.nextOrd();
                    }
                    column.nextDoc();
                }
            }
            starts[maxDoc] = next;
            return new Segment(starts, Arrays.copyOf(rows, next), values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] names(SortedSetDocValues column) throws IOException {
        if (column.getValueCount() > ORDINAL_MASK) {
            throw new IllegalStateException("more facet values in a segment than " + ORDINAL_MASK);
        }
        String[] names = new String[(int) column.getValueCount()];
        for (int ord = 0; ord < names.length; ord++) {
            names[ord] = column.lookupOrd(ord).utf8ToString();
        }
        return names;
    }
}
