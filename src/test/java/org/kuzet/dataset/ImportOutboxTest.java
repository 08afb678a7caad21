package org.kuzet.dataset;

import org.kuzet.dataset.internal.DatasetImport;
import org.kuzet.dataset.internal.FileImport;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an import notes in the search outbox (search_change): every incident once, and every actor and source the
 * search index shows differently now that an incident names it (a victim, a perpetrator, a source and its outlet).
 */
@SpringBootTest
class ImportOutboxTest {

    @Autowired
    DatasetImport importer;
    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private long before;

    @Test
    void notesEachIncidentOnceAndTheActorsAndSourcesItNames() {
        String file = """
                {"format": "kuzet-dataset/1",
                 "actors": [
                  {"external_id": "actor/%1$s-uralsk-week", "kind": "organisation", "actor_type": "media_outlet",
                   "name": "Uralskaya Nedelya"},
                  {"external_id": "actor/%1$s-reporter", "kind": "person", "actor_type": "journalist",
                   "name": "Lukpan Akhmedyarov"},
                  {"external_id": "actor/%1$s-akim", "kind": "person", "actor_type": "official", "name": "Akim"}],
                 "sources": [
                  {"external_id": "source/%1$s-article", "kind": "media_article", "outlet": "actor/%1$s-uralsk-week",
                   "title": "Our reporter was fined", "published_on": "2024-03"}],
                 "incidents": [
                  {"external_id": "incident/%1$s-fine", "title": "Reporter fined in Oral", "date": "2024-03-12",
                   "place": "kz-oral", "primary_category": "threats", "categories": ["discrediting"],
                   "state": "published",
                   "victims": [{"actor": "actor/%1$s-reporter", "name": "Lukpan Akhmedyarov", "kind": "journalist"}],
                   "perpetrators": [{"actor": "actor/%1$s-akim", "name": "Akim", "type": "official"}],
                   "sources": ["source/%1$s-article"]},
                  {"external_id": "incident/%1$s-draft", "title": "Camera taken at the akimat", "date": "2024-03",
                   "primary_category": "threats", "state": "draft",
                   "victims": [{"name": "A camera operator", "kind": "journalist"}]}
                 ]}
                """.formatted(run);

        // ids of deleted records come back after a test empties the tables: only this import's notes count
        before = jdbc.sql("select coalesce(max(id), 0) from search_change").query(Long.class).single();
        FileImport result = importer.importBytes("outbox.json", file.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).isEmpty();
        for (String incident : new String[] {"fine", "draft"}) {
            assertThat(notes("incident", "select id from incident where external_id = ?", "incident/" + run + "-"
                    + incident)).isEqualTo(1);
        }
        for (String actor : new String[] {"uralsk-week", "reporter", "akim"}) {
            assertThat(notes("actor", "select id from actor where external_id = ?", "actor/" + run + "-" + actor))
                    .isPositive();
        }
        assertThat(notes("source", "select id from source where external_id = ?", "source/" + run + "-article"))
                .isPositive();
    }

    /** Incidents that all name the same reporter and cite the same article, with actors and source in the file. */
    private String namingTheSame(String prefix, int incidents) {
        StringBuilder file = new StringBuilder("""
                {"format": "kuzet-dataset/1",
                 "actors": [{"external_id": "actor/%1$s-reporter", "kind": "person", "actor_type": "journalist",
                             "name": "Reporter"}],
                 "sources": [{"external_id": "source/%1$s-article", "kind": "media_article", "title": "Article"}],
                 "incidents": [""".formatted(prefix));
        for (int i = 0; i < incidents; i++) {
            file.append(i == 0 ? "" : ",").append("""
                    {"external_id": "incident/%1$s-%2$d", "title": "Reporter kept out, case %2$d", "date": "2024-03",
                     "primary_category": "threats",
                     "victims": [{"actor": "actor/%1$s-reporter", "name": "Reporter", "kind": "journalist"}],
                     "sources": ["source/%1$s-article"]}""".formatted(prefix, i));
        }
        return file.append("]}").toString();
    }

    @Test
    void notesAnActorOrSourceNamedInEveryChunkAsOftenAsOneNamedInOne() {
        before = jdbc.sql("select coalesce(max(id), 0) from search_change").query(Long.class).single();
        String small = run + "-one";
        String large = run + "-many";
        assertThat(importer.importBytes("one.json", namingTheSame(small, 1).getBytes(StandardCharsets.UTF_8))
                .problems()).isEmpty();
        // more than two chunks of 5,000
        assertThat(importer.importBytes("many.json", namingTheSame(large, 10_001).getBytes(StandardCharsets.UTF_8))
                .problems()).isEmpty();

        String actor = "select id from actor where external_id = ?";
        String source = "select id from source where external_id = ?";
        assertThat(notes("actor", actor, "actor/" + large + "-reporter"))
                .isEqualTo(notes("actor", actor, "actor/" + small + "-reporter")).isPositive();
        assertThat(notes("source", source, "source/" + large + "-article"))
                .isEqualTo(notes("source", source, "source/" + small + "-article")).isPositive();
    }

    /** How many outbox rows name the record found by the query. */
    private long notes(String type, String idQuery, String externalId) {
        long id = jdbc.sql(idQuery).param(externalId).query(Long.class).single();
        return jdbc.sql("select count(*) from search_change where doc_type = ? and record_id = ? and id > ?")
                .params(type, id, before).query(Long.class).single();
    }
}
