package org.kuzet.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.kuzet.search.Facet;
import org.kuzet.search.SearchHit;
import org.kuzet.search.SearchIndex;
import org.kuzet.search.SearchRequest;
import org.kuzet.search.SearchResults;
import org.kuzet.search.SearchSort;
import org.kuzet.security.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Search on a Lucene index in a directory of this instance (kuzet.search.directory; by default "search" next to
 * the database's "postgres" in kuzet.db.data-dir; kuzet.search.ephemeral=true: a temporary one, as in tests).
 * <p>
 * In step with the records through the outbox: triggers note every changed document in search_change with the id
 * of the writing transaction. Before every search (and every 200 ms in the background) the index catches up: it
 * reads the changes of transactions from its position on, re-reads those documents from the search_*_content
 * views, replaces them in the index and refreshes the searcher (near-real-time, no fsync). Its new position is the
 * xmin of the snapshot the changes were read with, so no commit is ever missed; changes read twice are skipped.
 * A change is therefore found by the first search after its commit, on every instance. The index is committed to
 * disk every 30 s and at shutdown with its position, so a restart resumes; a missing index, one made by another
 * schema version, or one too far behind for the outbox (kept a day) is rebuilt from the records.
 */
@Component
class LuceneSearchIndex implements SearchIndex, SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchIndex.class);
    private static final String POSITION = "position";
    private static final String SCHEMA = "schema";
    private static final String COMMITTED_AT = "committed_at";
    private static final Duration OUTBOX_KEPT = Duration.ofHours(23);
    private static final long CATCH_UP_EVERY_MS = 200;
    /** From this many changed records of a type, and a quarter of those indexed, the whole type is read again. */
    private static final int WHOLE_TYPE_AT = 5_000;
    private static final long COMMIT_EVERY_MS = 30_000;
    private static final long FORGET_EVERY_MS = 3_600_000;
    private static final double RAM_BUFFER_MB = 32;
    private static final double REINDEX_RAM_BUFFER_MB = 256;
    private static final int REINDEX_THREADS = 2;
    private static final int REINDEX_BATCH = 256;

    private final SearchRecords records;
    private final Path path;
    private final boolean ephemeral;
    private final Analyzer analyzer = TextAnalysis.forFields();
    private final FacetOrdinals facetOrdinals = new FacetOrdinals();
    // fair: a rebuild that gave way queues behind the requested one instead of taking the lock back at once
    private final ReentrantLock lock = new ReentrantLock(true);

    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile boolean running;
    /**
     * A reindex was asked for and waits for the lock: the background leaves a needed rebuild to it, and a rebuild
     * the background started gives way to it (else the index would be built twice, the first time perhaps from
     * tables still being loaded, read with a plan made for their old size).
     */
    private volatile boolean rebuildRequested;
    private Thread background;

    // guarded by lock
    private volatile boolean rebuildNeeded;
    private long position;
    private final Map<Long, Long> appliedSincePosition = new HashMap<>();
    private long lastCatchUpStarted = System.nanoTime() - TimeUnit.DAYS.toNanos(1);
    private boolean uncommitted;

    LuceneSearchIndex(SearchRecords records,
                      @Value("${kuzet.search.directory:${kuzet.db.data-dir:./data}/search}") String directory,
                      @Value("${kuzet.search.ephemeral:false}") boolean ephemeral) {
        this.records = records;
        this.ephemeral = ephemeral;
        try {
            this.path = ephemeral ? Files.createTempDirectory("kuzet-search-") : Path.of(directory).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------ lifecycle

    @Override
    public void start() {
        try {
            Files.createDirectories(path);
            directory = new MMapDirectory(path);
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, true, false, facetOrdinals);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + path, e);
        }
        lock.lock();
        try {
            resumeOrRebuild();
        } finally {
            lock.unlock();
        }
        running = true;
        background = Thread.ofVirtual().name("search-catch-up").start(this::keepCatchingUp);
    }

    /** Where the committed index left off, or that it must be rebuilt. */
    private void resumeOrRebuild() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        rebuildNeeded = true;
        if (LuceneDocuments.SCHEMA.equals(data.get(SCHEMA)) && data.containsKey(POSITION) && data.containsKey(COMMITTED_AT)) {
            long stored = Long.parseLong(data.get(POSITION));
            boolean recent = Instant.parse(data.get(COMMITTED_AT)).isAfter(Instant.now().minus(OUTBOX_KEPT));
            // a position ahead of the database: the database was replaced under the index
            if (recent && stored <= records.position()) {
                position = stored;
                rebuildNeeded = false;
            }
        }
        if (rebuildNeeded) {
            LOG.info("search index in {} is missing, of another version or too old: it is rebuilt from the records "
                    + "before the first search", path);
        }
    }

    private void keepCatchingUp() {
        long lastCommit = System.currentTimeMillis();
        long lastForget = 0;
        while (running) {
            try {
                Thread.sleep(CATCH_UP_EVERY_MS);
                if (!rebuildRequested) {
                    catchUp(System.nanoTime());
                }
                long now = System.currentTimeMillis();
                if (now - lastCommit >= COMMIT_EVERY_MS) {
                    commit();
                    lastCommit = now;
                }
                if (now - lastForget >= FORGET_EVERY_MS) {
                    records.forgetOldChanges();
                    lastForget = now;
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warn("search index could not catch up: {}", e.toString());
                }
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        if (background != null) {
            background.interrupt();
            try {
                background.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            if (!ephemeral) {
                commit();
            }
            searchers.close();
            writer.close();
            directory.close();
            if (ephemeral) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("search index in {} was not closed cleanly: {}", path, e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Writes the index and its position to disk (then a restart resumes from there). */
    void commit() {
        lock.lock();
        try {
            if (!uncommitted || rebuildNeeded) {
                return;
            }
            commitAt(position);
        } finally {
            lock.unlock();
        }
    }

    private void commitAt(long at) {
        try {
            Map<String, String> data = new LinkedHashMap<>();
            data.put(SCHEMA, LuceneDocuments.SCHEMA);
            data.put(POSITION, Long.toString(at));
            data.put(COMMITTED_AT, Instant.now().toString());
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            uncommitted = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------ catching up

    /**
     * Brings the index up to every change committed before {@code requestedAt} (System.nanoTime). One catch-up at
     * a time; a request that waited for a catch-up which began after it was made has nothing left to do.
     */
    void catchUp(long requestedAt) {
        lock.lock();
        try {
            if (lastCatchUpStarted - requestedAt > 0) {
                return;
            }
            long started = System.nanoTime();
            if (rebuildNeeded) {
                rebuild(true);
            } else {
                applyChanges();
            }
            lastCatchUpStarted = started;
        } catch (GaveWay e) {
            lock.unlock();
            catchUp(requestedAt); // waits for the requested rebuild, which began after this request
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (lock.isHeldByCurrentThread()) {
                lock.unlock();
            }
        }
    }

    /** A rebuild stopped because a requested one waits: it does the work instead. */
    private static final class GaveWay extends RuntimeException {
        GaveWay() {
            super("a requested rebuild of the search index takes over", null, false, false);
        }
    }

    private void applyChanges() throws IOException {
        SearchRecords.Changes read = records.since(position);
        Map<String, Set<Long>> byType = new LinkedHashMap<>();
        Set<String> wholeTypes = new LinkedHashSet<>();
        List<SearchRecords.Change> fresh = new ArrayList<>();
        for (SearchRecords.Change change : read.changes()) {
            if (appliedSincePosition.containsKey(change.id())) {
                continue;
            }
            fresh.add(change);
            if (change.recordId() == null) {
                wholeTypes.add(change.type());
            } else {
                byType.computeIfAbsent(change.type(), t -> new HashSet<>()).add(change.recordId());
            }
        }
        wholeTypes.addAll(manyChanged(byType));
        for (String type : wholeTypes) {
            byType.remove(type);
            writer.deleteDocuments(new Term(LuceneDocuments.facetField(Facet.TYPE), type));
            records.readAll(type, this::add);
        }
        for (Map.Entry<String, Set<Long>> type : byType.entrySet()) {
            Set<Long> gone = new HashSet<>(type.getValue());
            for (SearchDocument document : records.read(type.getKey(), type.getValue())) {
                writer.updateDocument(LuceneDocuments.key(document), LuceneDocuments.of(document));
                gone.remove(document.id());
            }
            for (long id : gone) {
                writer.deleteDocuments(LuceneDocuments.key(type.getKey(), id));
            }
        }
        fresh.forEach(c -> appliedSincePosition.put(c.id(), c.tx()));
        position = read.nextPosition();
        appliedSincePosition.values().removeIf(tx -> tx < position);
        if (!fresh.isEmpty()) {
            searchers.maybeRefreshBlocking();
            uncommitted = true;
        }
    }

    /**
     * The types of which so many records changed (a bulk import) that reading all of them in one stream is cheaper
     * than reading the changed ones by id: the view computed for a thousand ids at a time costs several times more
     * per document than one pass over the whole type.
     */
    private List<String> manyChanged(Map<String, Set<Long>> byType) {
        List<Map.Entry<String, Set<Long>>> large = byType.entrySet().stream()
                .filter(type -> type.getValue().size() >= WHOLE_TYPE_AT).toList();
        if (large.isEmpty()) {
            return List.of(); // the usual catch-up: a few changes, no count asked
        }
        return withSearcher(searcher -> {
            List<String> many = new ArrayList<>();
            for (Map.Entry<String, Set<Long>> type : large) {
                int indexed = searcher.count(new TermQuery(new Term(LuceneDocuments.facetField(Facet.TYPE), type.getKey())));
                if (type.getValue().size() * 4L >= indexed) {
                    many.add(type.getKey());
                }
            }
            return many;
        });
    }

    private void add(SearchDocument document) {
        try {
            writer.addDocument(LuceneDocuments.of(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every document again from the records: read by one streaming query per type, turned into Lucene documents
     * by two threads, buffered in a large RAM buffer, committed once. Searches wait meanwhile. A rebuild that
     * {@code givesWay} stops (GaveWay, nothing committed) as soon as a reindex is requested.
     */
    private long rebuild(boolean givesWay) throws IOException {
        long at = records.position();
        writer.getConfig().setRAMBufferSizeMB(REINDEX_RAM_BUFFER_MB);
        AtomicLong count = new AtomicLong();
        try {
            writer.deleteAll();
            BlockingQueue<List<SearchDocument>> queue = new ArrayBlockingQueue<>(REINDEX_THREADS * 4);
            List<SearchDocument> end = List.of();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < REINDEX_THREADS; i++) {
                workers.add(Thread.ofPlatform().name("search-reindex-" + i).start(() -> {
                    // after a failure, batches are still taken (and dropped) until the end, so nobody waits forever
                    List<SearchDocument> batch;
                    while ((batch = take(queue)) != end) {
                        if (failure.get() != null) {
                            continue;
                        }
                        try {
                            List<Document> documents = new ArrayList<>(batch.size());
                            batch.forEach(d -> documents.add(LuceneDocuments.of(d)));
                            writer.addDocuments(documents);
                            count.addAndGet(batch.size());
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                        }
                    }
                }));
            }
            AtomicReference<List<SearchDocument>> batch = new AtomicReference<>(new ArrayList<>(REINDEX_BATCH));
            try {
                for (String type : SearchDocument.TYPES) {
                    records.readAll(type, document -> {
                        if (givesWay && rebuildRequested) {
                            throw new GaveWay();
                        }
                        batch.get().add(document);
                        if (batch.get().size() == REINDEX_BATCH) {
                            put(queue, batch.getAndSet(new ArrayList<>(REINDEX_BATCH)), failure);
                        }
                    });
                }
                if (!batch.get().isEmpty()) {
                    put(queue, batch.get(), failure);
                }
            } finally {
                for (int i = 0; i < REINDEX_THREADS; i++) {
                    put(queue, end, null);
                }
                for (Thread worker : workers) {
                    join(worker);
                }
            }
            if (failure.get() != null) {
                throw new IllegalStateException("rebuilding the search index failed", failure.get());
            }
            commitAt(at);
        } finally {
            writer.getConfig().setRAMBufferSizeMB(RAM_BUFFER_MB);
        }
        searchers.maybeRefreshBlocking();
        position = at;
        appliedSincePosition.clear();
        rebuildNeeded = false;
        return count.get();
    }

    private static void put(BlockingQueue<List<SearchDocument>> queue, List<SearchDocument> batch,
                            AtomicReference<Throwable> failure) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (failure != null && failure.get() != null) {
                    throw new IllegalStateException("rebuilding the search index failed", failure.get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebuilding the search index", e);
        }
    }

    private static List<SearchDocument> take(BlockingQueue<List<SearchDocument>> queue) {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                // only the end marker ends a worker: the reader puts it in any case
            }
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public long reindex() {
        rebuildRequested = true;
        lock.lock();
        try {
            rebuildRequested = false;
            long documents = rebuild(false);
            lastCatchUpStarted = System.nanoTime();
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------------------------------ searching

    @Override
    public SearchResults search(SearchRequest request) {
        catchUp(System.nanoTime());
        QueryText text = QueryText.parse(request.text());
        return withSearcher(searcher -> {
            LuceneQuery query = LuceneQuery.of(request, text, analyzer, searcher);
            SearchAudience audience = SearchAudience.of(request.viewer());
            boolean byDate = request.sort() == SearchSort.DATE || query.stems().isEmpty();
            SortField date = new SortField(LuceneDocuments.DATE, SortField.Type.LONG, true);
            date.setMissingValue(Long.MIN_VALUE);
            SortField type = new SortedSetSortField(LuceneDocuments.facetValues(Facet.TYPE), false);
            SortField id = new SortField(LuceneDocuments.ID, SortField.Type.LONG);
            Sort sort = byDate ? new Sort(date, SortField.FIELD_SCORE, type, id)
                    : new Sort(SortField.FIELD_SCORE, date, type, id);
            long wanted = (long) (request.page() + 1) * request.size();
            int numHits = (int) Math.max(1, Math.min(wanted, Math.max(1, searcher.getIndexReader().maxDoc())));
            var manager = new MultiCollectorManager(new TopFieldCollectorManager(sort, numHits, null, Integer.MAX_VALUE),
                    new FacetCounts(facetOrdinals));
            Object[] results = searcher.search(query.query(), manager);
            TopFieldDocs top = (TopFieldDocs) results[0];
            FacetCounts.Result counts = (FacetCounts.Result) results[1];
            Highlighter highlighter = Highlighter.forQuery(text, query.stems(), query.suggestions());
            List<SearchHit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            int scoreAt = byDate ? 1 : 0;
            for (int i = request.page() * request.size(); i < top.scoreDocs.length; i++) {
                ScoreDoc doc = top.scoreDocs[i];
                Object score = ((FieldDoc) doc).fields[scoreAt];
                hits.add(hit(stored.document(doc.doc), audience, highlighter,
                        score instanceof Float f ? f : 0f));
            }
            return new SearchResults(hits, counts.total(), counts.facets(), query.suggestions());
        });
    }

    @Override
    public long[] matchingIds(String docType, String text, Viewer viewer) {
        catchUp(System.nanoTime());
        SearchRequest request = SearchRequest.of(text, viewer).with(Facet.TYPE, docType);
        return withSearcher(searcher -> searcher.search(
                LuceneQuery.of(request, QueryText.parse(request.text()), analyzer, searcher).query(), new MatchingIds()));
    }

    @Override
    public Map<Long, String> passages(String docType, String text, java.util.Collection<Long> ids, Viewer viewer) {
        if (ids.isEmpty() || text == null || text.isBlank()) {
            return Map.of();
        }
        catchUp(System.nanoTime());
        SearchRequest request = SearchRequest.of(text, viewer).with(Facet.TYPE, docType);
        QueryText parsed = QueryText.parse(request.text());
        return withSearcher(searcher -> {
            LuceneQuery query = LuceneQuery.of(request, parsed, analyzer, searcher);
            List<org.apache.lucene.util.BytesRef> keys = ids.stream()
                    .map(id -> LuceneDocuments.key(docType, id).bytes()).toList();
            var only = new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(query.query(), org.apache.lucene.search.BooleanClause.Occur.MUST)
                    .add(new org.apache.lucene.search.TermInSetQuery(LuceneDocuments.KEY, keys),
                            org.apache.lucene.search.BooleanClause.Occur.FILTER).build();
            Highlighter highlighter = Highlighter.forQuery(parsed, query.stems(), query.suggestions());
            SearchAudience audience = SearchAudience.of(viewer);
            StoredFields stored = searcher.storedFields();
            Map<Long, String> passages = new HashMap<>();
            for (ScoreDoc doc : searcher.search(only, ids.size()).scoreDocs) {
                SearchHit hit = hit(stored.document(doc.doc), audience, highlighter, 0f);
                passages.put(hit.id(), hit.highlight());
            }
            return passages;
        });
    }

    private interface Reading<T> {
        T read(IndexSearcher searcher) throws IOException;
    }

    /** Runs a read on the newest searcher, given back afterwards whatever happens. */
    private <T> T withSearcher(Reading<T> reading) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return reading.read(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                LOG.warn("releasing a searcher failed: {}", e.toString());
            }
        }
    }

    /** A hit, its passage taken from the text the viewer may read of it. */
    private static SearchHit hit(Document doc, SearchAudience audience, Highlighter highlighter, float score) {
        String text = LuceneDocuments.text(doc, LuceneDocuments.PUBLIC_TEXT);
        text = text == null ? "" : text;
        String staff = LuceneDocuments.text(doc, LuceneDocuments.STAFF_TEXT);
        if (staff != null && audience.readsStaffText(doc.get(LuceneDocuments.AUTHOR))) {
            text = text.isEmpty() ? staff : text + " " + staff;
        }
        var date = doc.getField(LuceneDocuments.DATE);
        return new SearchHit(doc.getField(LuceneDocuments.ID).numericValue().longValue(), doc.get(LuceneDocuments.TYPE),
                LuceneDocuments.text(doc, LuceneDocuments.TITLE), highlighter.highlight(text),
                date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()), score);
    }
}
