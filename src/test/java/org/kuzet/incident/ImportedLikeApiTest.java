package org.kuzet.incident;

import org.kuzet.security.Viewer;
import org.kuzet.security.Role;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kuzet.dataset.internal.DatasetImport;
import org.kuzet.dataset.internal.FileImport;
import org.kuzet.report.internal.Counting;
import org.kuzet.report.Period;
import org.kuzet.search.SearchIndex;
import org.kuzet.search.SearchRequest;
import org.kuzet.search.SearchResults;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Incidents loaded by the bulk import (written a chunk at a time, one statement per table) are found by search and
 * counted by the report exactly as the same incidents recorded one by one through the API. The database holds the
 * other classes' records too: each way in adds the six with a word of its own in their summaries, the searches look
 * for that word, and the report's figures are compared by what each way added to them.
 */
class ImportedLikeApiTest extends IncidentApiSupport {

    private static final Viewer MONITOR = new Viewer("test-monitor", Role.MONITOR);

    @Autowired
    DatasetImport importer;
    @Autowired
    SearchIndex search;
    @Autowired
    Counting counting;

    /**
     * Six incidents of 2019 from the kinds of facts in the seeds: four published, one draft, one in review; their
     * summaries hold the word.
     */
    private static List<Map<String, Object>> incidents(String word) {
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(incident("Kostanay court removed a reporter from a hearing", "2019-03-15", "kz-kostanay",
                "judicial_transparency_violation", "published", "journalist", "court"));
        all.add(incident("Threats to the editor of an Almaty outlet", "2019-05", "kz-almaty", "threats",
                "published", "journalist", "unknown"));
        all.add(incident("Akimat refused information to a newspaper", "2019", "kz-astana", "refusal_of_information",
                "published", "media_outlet", "official"));
        all.add(incident("Police detained a blogger filming a rally", "2019-11-02", "kz-almaty", "attacks",
                "published", "blogger", "law_enforcement"));
        all.add(incident("Accreditation denied to a Shymkent reporter", "2019-07", "kz-shymkent",
                "accreditation_denial", "draft", "journalist", "state_body"));
        all.add(incident("Site of an Oral outlet blocked", "2019-09-09", "kz-oral", "blocking", "in_review",
                "media_outlet", "unknown"));
        all.forEach(body -> body.put("summary", "Recorded by the monitoring, " + word + ": "
                + body.get("title").toString().toLowerCase() + "."));
        return all;
    }

    private static Map<String, Object> incident(String title, String date, String place, String category,
            String state, String victimKind, String perpetratorType) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("summary", "Recorded by the monitoring: " + title.toLowerCase() + ".");
        body.put("date", date);
        body.put("place", place);
        body.put("primary_category", category);
        body.put("categories", List.of("interference_professional_activity"));
        body.put("people_affected", 1);
        body.put("verification", "confirmed");
        body.put("victims", List.of(Map.of("name", "Victim of: " + title, "kind", victimKind)));
        body.put("perpetrators", List.of(Map.of("name", "Perpetrator of: " + title, "type", perpetratorType)));
        body.put("state", state);
        return body;
    }

    private record Seen(Map<String, Long> figures, SearchResults publicSearch, SearchResults staffSearch) {
    }

    private Seen seen(String word) {
        return new Seen(counting.figures(Period.parse("2019")).flat(),
                search.search(SearchRequest.of(word, Viewer.PUBLIC)),
                search.search(SearchRequest.of(word, MONITOR)));
    }

    /** What a way in added to the report's figures: the figures that changed, by how much. */
    private static Map<String, Long> added(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> added = new java.util.TreeMap<>();
        after.forEach((key, value) -> {
            long by = value - before.getOrDefault(key, 0L);
            if (by != 0) {
                added.put(key, by);
            }
        });
        before.keySet().stream().filter(key -> !after.containsKey(key)).forEach(key -> added.put(key, -before.get(key)));
        return added;
    }

    /**
     * A word of random letters that no other record holds (nor looks like: the search also finds near spellings),
     * for the search to find one way's six incidents by.
     */
    private static String word() {
        return java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12).chars()
                .mapToObj(c -> String.valueOf((char) ('g' + Character.digit(c, 16))))
                .collect(java.util.stream.Collectors.joining("", "zq", ""));
    }

    @Test
    void importedIncidentsAreSearchedAndCountedLikeThoseRecordedThroughTheApi() throws Exception {
        String viaApi = word();
        Map<String, Long> figuresBefore = counting.figures(Period.parse("2019")).flat();
        for (Map<String, Object> record : incidents(viaApi)) {
            Map<String, Object> body = new LinkedHashMap<>(record);
            String state = (String) body.remove("state");
            long id = create(body);
            if (!state.equals("draft")) {
                step(id, "submit", monitor());
            }
            if (state.equals("published")) {
                step(id, "publish", editor());
            }
        }
        Seen throughApi = seen(viaApi);

        String viaImport = word();
        long revisions = count("select count(*) from incident_revision");
        List<Map<String, Object>> records = new ArrayList<>();
        int n = 0;
        for (Map<String, Object> record : incidents(viaImport)) {
            Map<String, Object> withId = new LinkedHashMap<>(record);
            withId.put("external_id", "incident/" + viaImport + "-" + n++);
            records.add(withId);
        }
        FileImport imported = importer.importBytes("like-api.json", json.writeValueAsString(
                Map.of("format", "kuzet-dataset/1", "incidents", records)).getBytes(StandardCharsets.UTF_8));
        assertThat(imported.problems()).isEmpty();
        Seen throughImport = seen(viaImport);

        // four published incidents of 2019, one of them known only to the year
        Map<String, Long> addedThroughApi = added(throughApi.figures(), figuresBefore);
        assertThat(addedThroughApi.values()).isNotEmpty().allMatch(v -> v > 0);
        assertThat(throughApi.publicSearch().total()).isEqualTo(4);
        assertThat(throughApi.staffSearch().total()).isEqualTo(6);
        assertThat(added(throughImport.figures(), throughApi.figures())).isEqualTo(addedThroughApi);
        assertThat(throughImport.publicSearch().total()).isEqualTo(throughApi.publicSearch().total());
        assertThat(throughImport.staffSearch().total()).isEqualTo(throughApi.staffSearch().total());
        assertThat(throughImport.publicSearch().facets()).isEqualTo(throughApi.publicSearch().facets());
        assertThat(throughImport.staffSearch().facets()).isEqualTo(throughApi.staffSearch().facets());
        assertThat(count("select count(*) from incident_revision")).isEqualTo(revisions + 4);
    }
}
