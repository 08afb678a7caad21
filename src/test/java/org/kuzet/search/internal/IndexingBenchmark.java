package org.kuzet.search.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.MMapDirectory;
import org.kuzet.search.Facet;
import org.kuzet.search.bench.BenchmarkWorld;

/**
 * The cost of turning search documents into the Lucene index, without the database: run on demand,
 * {@code java -cp ... org.kuzet.search.internal.IndexingBenchmark DOCUMENTS}. Documents are shaped like the views' rows for
 * incidents and sources (title, public text with names, places and category labels in three languages, staff
 * notes for one in five, the eleven facets), built in memory beforehand; the figure is the process's CPU time
 * (indexing, merging, garbage collection) per document, which a shared machine disturbs less than wall-clock time.
 */
public final class IndexingBenchmark {

    private static final String[] LABELS = {"Refusal of information Отказ в предоставлении информации Ақпарат беруден бас тарту",
        "Civil claims Гражданские иски Азаматтық талап-арыздар", "Threats Угрозы Қоқан-лоқы",
        "Blocking Блокировка Бұғаттау", "Obstruction Воспрепятствование Кедергі келтіру"};

    private IndexingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        List<SearchDocument> documents = documents(count);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Path dir = Files.createTempDirectory("kuzet-indexing-");
        for (int round = 0; round < 3; round++) {
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            IndexWriterConfig config = new IndexWriterConfig(TextAnalysis.forFields())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(256);
            try (var directory = new MMapDirectory(dir); IndexWriter writer = new IndexWriter(directory, config)) {
                for (SearchDocument d : documents) {
                    writer.addDocument(LuceneDocuments.of(d));
                }
                writer.commit();
            }
            double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
            System.out.printf("round %d: %d documents, wall %.1f s, CPU %.1f s = %.1f µs per document%n", round,
                    documents.size(), (System.nanoTime() - wall) / 1e9, cpuSeconds, cpuSeconds * 1e6 / documents.size());
        }
    }

    static List<SearchDocument> documents(int count) {
        BenchmarkWorld world = new BenchmarkWorld(11);
        List<SearchDocument> documents = new ArrayList<>(count);
        long id = 0;
        while (documents.size() < count) {
            id++;
            String[] place = world.place();
            String person = world.person(world.random.nextInt(BenchmarkWorld.personCount()));
            String outlet = world.outlet(world.random.nextInt(400));
            String body = world.pick(BenchmarkWorld.STATE_BODIES) + " " + place[1];
            String[] text = world.text(person, outlet, body, place);
            String places = String.join(" ", place[3], place[1], place[2]);
            String labels = LABELS[world.random.nextInt(LABELS.length)];
            String names = person + " " + body;
            String staff = world.random.nextInt(5) == 0 ? "Связь через " + world.person(world.random.nextInt(100)) : "";
            Map<Facet, List<String>> facets = new EnumMap<>(Facet.class);
            facets.put(Facet.TYPE, List.of("incident"));
            facets.put(Facet.CATEGORY, List.of(world.category()));
            facets.put(Facet.GROUP, List.of("group" + world.random.nextInt(5)));
            facets.put(Facet.REGION, List.of(place[0]));
            facets.put(Facet.YEAR, List.of(Integer.toString(2015 + world.random.nextInt(11))));
            facets.put(Facet.MONTH, List.of(Integer.toString(1 + world.random.nextInt(12))));
            facets.put(Facet.STATE, List.of("published"));
            facets.put(Facet.VERIFICATION, List.of("confirmed"));
            facets.put(Facet.VICTIM_KIND, List.of(world.pick(BenchmarkWorld.VICTIM_KINDS)));
            facets.put(Facet.PERPETRATOR_TYPE, List.of("state_body"));
            facets.put(Facet.OUTLET, List.of(outlet));
            documents.add(new SearchDocument("incident", id, true, text[0], world.date(),
                    String.join(" ", text[0], text[1], names, places, labels), staff, names, facets, null));
            if (world.random.nextInt(10) < 6) {
                Map<Facet, List<String>> sourceFacets = new EnumMap<>(Facet.class);
                sourceFacets.put(Facet.TYPE, List.of("source"));
                sourceFacets.put(Facet.OUTLET, List.of(outlet));
                documents.add(new SearchDocument("source", id, true, text[0], world.date(),
                        String.join(" ", text[0], outlet, text[1], text[0]), "", outlet, sourceFacets, null));
            }
        }
        return documents;
    }
}
