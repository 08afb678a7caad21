package org.kuzet.incident;

import org.kuzet.incident.internal.BulkLoad;
import org.kuzet.security.Viewer;
import org.kuzet.security.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.OwnDatabase;
import org.kuzet.TestData;
import org.kuzet.dataset.internal.DatasetImport;
import org.kuzet.dataset.internal.FileImport;
import org.kuzet.dataset.ImportRun;
import org.kuzet.search.Facet;
import org.kuzet.search.SearchIndex;
import org.kuzet.search.SearchRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A large first load sets the incident tables' secondary indexes and foreign keys aside and makes them again at its
 * end ({@link BulkLoad}): the schema afterwards is the schema before, a row that breaks a key still fails the load,
 * and busy tables mean the ordinary way.
 */
@SpringBootTest
@OwnDatabase // thousands of published incidents would teach the other classes' triage model and fill their searches
class BulkLoadTest {

    private static final Viewer MONITOR = new Viewer("test-monitor", Role.MONITOR);

    @Autowired
    DatasetImport importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;
    @Autowired
    DataSource dataSource;
    @Autowired
    JsonMapper json;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    SearchIndex search;

    /** The external ids of this test's records begin with it: the class's other tests loaded theirs before. */
    private String run;

    /**
     * A search makes the index catch up with the loads before at once: otherwise its background catch-up may be
     * reading the incident tables while a test's load takes them.
     */
    @BeforeEach
    void searchCaughtUp() {
        run = "incident/" + TestData.unique("bulk");
        search.search(SearchRequest.of("maslikhat", MONITOR));
    }

    /**
     * A load is taken in bulk only when it brings more incidents than the table holds: each test removes its own
     * (by DELETE, which readers do not wait for) and has PostgreSQL count the table again.
     */
    @AfterEach
    void removeOwnRecords() {
        jdbc.sql("delete from incident where external_id like ?").param(run + "-%").update();
        jdbc.sql("analyze incident").update();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(run + "-%").query(Long.class).single();
    }

    private long searched(Viewer viewer) {
        return search.search(SearchRequest.of("maslikhat", viewer).with(Facet.TYPE, "incident")).total();
    }

    /** Every index and constraint of the incident tables, as PostgreSQL would write it again. */
    private String schema() {
        return jdbc.sql("""
                select string_agg(d, E'\\n' order by d) from (
                    select indrelid::regclass || ': ' || pg_get_indexdef(indexrelid) d from pg_index
                    where indrelid::regclass::text like 'incident%'
                    union all
                    select conrelid::regclass || ': ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
                    where conrelid::regclass::text like 'incident%') s""").query(String.class).single();
    }

    /** The identities of the incident table's secondary indexes: a dropped and remade index is a new one. */
    private String indexIdentities() {
        return jdbc.sql("""
                select string_agg(indexrelid::text, ',' order by indexrelid::regclass::text) from pg_index
                where indrelid = 'incident'::regclass and not indisprimary and not indisunique""")
                .query(String.class).single();
    }

    private long foreignKeys() {
        return jdbc.sql("select count(*) from pg_constraint where contype = 'f' and conrelid = any("
                + BulkLoad.TABLES + ")").query(Long.class).single();
    }

    private Map<String, Object> record(int i) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("external_id", run + "-" + i);
        r.put("title", "Correspondent " + i + " kept out of the maslikhat session");
        r.put("date", "2024-" + String.format("%02d", 1 + i % 12));
        r.put("place", i % 2 == 0 ? "kz-kostanay" : "kz-almaty");
        r.put("primary_category", i % 3 == 0 ? "refusal_of_information" : "threats");
        r.put("categories", List.of("discrediting"));
        r.put("state", i % 2 == 0 ? "published" : "draft");
        r.put("victims", List.of(Map.of("name", "Correspondent " + i, "kind", "journalist")));
        r.put("perpetrators", List.of(Map.of("name", "Maslikhat secretary", "type", "official")));
        return r;
    }

    private List<Map<String, Object>> records(int count) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(record(i));
        }
        return records;
    }

    private FileImport load(int count) {
        return load(records(count));
    }

    private FileImport load(List<Map<String, Object>> records) {
        return importer.importBytes("bulk.json", json.writeValueAsString(Map.of("format", DatasetImport.FORMAT,
                "incidents", records)).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLargeFileRemakesIndexesAndKeysExactlyAsTheyWere() {
        String schema = schema();
        String identities = indexIdentities();
        long counted = jdbc.sql("select coalesce(sum(incidents), 0) from report_incident_count").query(Long.class)
                .single();

        FileImport result = load(BulkLoad.LEAST);

        assertThat(result.problems()).isEmpty();
        assertThat(result.run().tallies().get("incidents")).isEqualTo(new ImportRun.Tally(BulkLoad.LEAST, 0, 0));
        assertThat(indexIdentities()).as("the indexes were made anew").isNotEqualTo(identities);
        assertThat(schema()).isEqualTo(schema);
        // what the remade keys and indexes serve: every part points at its incident, the lists find them in order
        assertThat(count("""
                select count(*) from incident_category c join incident i on i.id = c.incident_id
                where c.category_code = 'discrediting' and i.external_id like ?""")).isEqualTo(BulkLoad.LEAST);
        assertThat(count("select count(*) from incident where workflow_state = 'published' and external_id like ?"))
                .isEqualTo(BulkLoad.LEAST / 2);
        assertThat(jdbc.sql("select coalesce(sum(incidents), 0) from report_incident_count").query(Long.class)
                .single()).isEqualTo(counted + BulkLoad.LEAST / 2);
    }

    @Test
    void aLargeFileNotesItsIncidentsForTheSearchOnceAndTheSearchFindsEveryOne() {
        long before = jdbc.sql("select coalesce(max(id), 0) from search_change").query(Long.class).single();
        long publicBefore = searched(Viewer.PUBLIC);
        long staffBefore = searched(MONITOR);

        load(BulkLoad.LEAST);

        assertThat(jdbc.sql("select count(*) from search_change where id > ? and doc_type = 'incident' "
                + "and record_id is null").param(before).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from search_change where id > ? and doc_type = 'incident' "
                + "and record_id is not null").param(before).query(Long.class).single()).isZero();
        // every record's title names the maslikhat; half of them are published
        assertThat(searched(Viewer.PUBLIC)).isEqualTo(publicBefore + BulkLoad.LEAST / 2);
        assertThat(searched(MONITOR)).isEqualTo(staffBefore + BulkLoad.LEAST);
    }

    @Test
    void aLargeFileUpdatesAndLinksTheIncidentsStoredBeforeIt() {
        Map<String, Object> outside = record(BulkLoad.LEAST);
        outside.put("external_id", run + "-outside");
        assertThat(load(List.of(record(0), record(1), outside)).problems()).isEmpty();
        String identities = indexIdentities();

        List<Map<String, Object>> records = records(BulkLoad.LEAST);
        records.get(1).put("title", "Correspondent 1 kept out of the session, and fined");
        records.get(2).put("linked_incidents", List.of(run + "-outside"));
        records.get(3).put("linked_incidents", List.of(run + "-" + (BulkLoad.LEAST - 1)));
        records.get(4).put("linked_incidents", List.of(run + "-0"));
        FileImport result = load(records);

        assertThat(result.problems()).isEmpty();
        assertThat(indexIdentities()).as("loaded in bulk").isNotEqualTo(identities);
        assertThat(result.run().tallies().get("incidents"))
                .isEqualTo(new ImportRun.Tally(BulkLoad.LEAST - 2, 1, 1));
        assertThat(jdbc.sql("select title from incident where external_id = ?").param(run + "-1").query(String.class)
                .single()).isEqualTo("Correspondent 1 kept out of the session, and fined");
        assertThat(jdbc.sql("""
                select string_agg(f.external_id || '>' || t.external_id, ' ' order by f.external_id)
                from incident_link l join incident f on f.id = l.incident_id join incident t on t.id = l.linked_incident_id
                where f.external_id like ?""").param(run + "-%").query(String.class).single())
                .isEqualTo(run + "-2>" + run + "-outside " + run + "-3>" + run + "-" + (BulkLoad.LEAST - 1) + " "
                        + run + "-4>" + run + "-0");
    }

    @Test
    void aSmallFileKeepsTheIndexesItFound() {
        String identities = indexIdentities();

        FileImport result = load(BulkLoad.LEAST - 1);

        assertThat(result.problems()).isEmpty();
        assertThat(indexIdentities()).isEqualTo(identities);
    }

    @Test
    void aRowThatBreaksAKeyFailsTheLoadAndTheRollbackRestoresTheSchema() {
        String schema = schema();
        long categories = jdbc.sql("select count(*) from incident_category").query(Long.class).single();
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                template.execute((ConnectionCallback<Void>) con -> {
                    BulkLoad load = BulkLoad.begin(con, BulkLoad.LEAST);
                    assertThat(load.active()).isTrue();
                    assertThat(foreignKeysOn(con)).isZero();
                    try (Statement s = con.createStatement()) {
                        s.execute("insert into incident_category (incident_id, category_code) values (424242, 'threats')");
                    }
                    load.finish(con);
                    return null;
                }))).hasMessageContaining("incident_category").hasMessageContaining("foreign key");

        assertThat(schema()).isEqualTo(schema);
        assertThat(foreignKeys()).isPositive();
        assertThat(jdbc.sql("select count(*) from incident_category").query(Long.class).single()).isEqualTo(categories);
    }

    @Test
    void tablesAnotherTransactionHoldsMeanTheOrdinaryWay() throws Exception {
        String schema = schema();
        // a page reading the category tree in a transaction of its own
        try (Connection reader = readerOf("category")) {
            TransactionTemplate transaction = new TransactionTemplate(transactions);
            transaction.executeWithoutResult(status -> template.execute((ConnectionCallback<Void>) con -> {
                BulkLoad load = BulkLoad.begin(con, BulkLoad.LEAST, "100ms");
                assertThat(load.active()).isFalse();
                // the attempt is undone alone: the transaction goes on, with every key in place
                assertThat(foreignKeysOn(con)).isPositive();
                return null;
            }));
            reader.rollback();
        }
        assertThat(schema()).isEqualTo(schema);
    }

    @Test
    void aReaderCaughtInADeadlockWithTheLoadIsWaitedFor() throws Exception {
        String schema = schema();
        try (Connection reader = readerOf("source")) { // the last table the load takes
            TransactionTemplate transaction = new TransactionTemplate(transactions);
            CompletableFuture<Boolean> loaded = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
                status.setRollbackOnly(); // the indexes and keys come back with the rollback
                return template.execute((ConnectionCallback<Boolean>) con -> BulkLoad.begin(con, BulkLoad.LEAST)
                        .active());
            }));
            while (jdbc.sql("select count(*) from pg_locks where not granted and relation = 'source'::regclass")
                    .query(Long.class).single() == 0) {
                assertThat(loaded).as("the load waits for the reader's table").isNotDone();
            }
            // the reader now wants a table the load has taken: each waits for the other, and PostgreSQL ends the
            // one that began waiting first, the load's attempt
            try (Statement s = reader.createStatement()) {
                s.execute("select count(*) from actor");
            }
            reader.commit();
            assertThat(loaded.get(30, TimeUnit.SECONDS)).as("the load took the tables at its second attempt").isTrue();
        }
        assertThat(schema()).isEqualTo(schema);
    }

    /** A connection whose open transaction has read the table (and so holds it until it ends). */
    private Connection readerOf(String table) throws java.sql.SQLException {
        Connection reader = dataSource.getConnection();
        reader.setAutoCommit(false);
        try (Statement s = reader.createStatement()) {
            s.execute("select count(*) from " + table);
        }
        return reader;
    }

    private static long foreignKeysOn(Connection con) throws java.sql.SQLException {
        try (Statement s = con.createStatement();
             var rs = s.executeQuery("select count(*) from pg_constraint where contype = 'f' "
                     + "and conrelid = any(" + BulkLoad.TABLES + ")")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
