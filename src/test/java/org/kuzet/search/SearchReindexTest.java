package org.kuzet.search;

import org.kuzet.security.Viewer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kuzet.cli.Cli;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** search-reindex rebuilds the documents from the records: a lost or stale index comes back whole. */
@SpringBootTest(properties = "kuzet.test.world=search-changing")
class SearchReindexTest {

    @Autowired
    SearchIndex index;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void reindexRebuildsEveryDocumentFromTheRecords() {
        SearchFixture world = SearchFixture.in(jdbc);
        SearchResults before = index.search(SearchRequest.of("", Viewer.PUBLIC).page(0, 100));
        // a stale index: changes made with the triggers bypassed (as a bulk load does)
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("set local kuzet.search_refresh = 'off'").update();
            jdbc.sql("update actor set name = 'Гульнара Бажкенова-Оспанова' where id = ?").param(world.bazhkenova).update();
            SearchFixture.empty(jdbc).incident("reindex-1", "Обыск в редакции Baiterek", "Текст.",
                    LocalDate.of(2025, 4, 2), "day", "kz-almaty", "interference_media_activity", "confirmed", "published", null, null);
        });
        assertThat(index.search(SearchRequest.of("Оспанова", Viewer.PUBLIC)).total()).isZero();
        assertThat(index.search(SearchRequest.of("Baiterek", Viewer.PUBLIC)).total()).isZero();

        long documents = index.reindex();

        long records = jdbc.sql("""
                select (select count(*) from incident) + (select count(*) from actor) + (select count(*) from source)
                     + (select count(*) from legal_case) + (select count(*) from triage_article)""")
                .query(Long.class).single();
        assertThat(documents).isEqualTo(records);
        SearchResults after = index.search(SearchRequest.of("", Viewer.PUBLIC).page(0, 100));
        assertThat(after.total()).isEqualTo(before.total() + 1);
        assertThat(after.facets().get("type").get("incident")).isEqualTo(before.facets().get("type").get("incident") + 1);
        assertThat(index.search(SearchRequest.of("Baiterek", Viewer.PUBLIC)).total()).isEqualTo(1);
        assertThat(SearchMatchingTest.ids(index.search(SearchRequest.of("Bazhkenva", Viewer.PUBLIC)), "incident"))
                .containsExactly(world.threatsAlmaty);
        assertThat(SearchMatchingTest.ids(index.search(SearchRequest.of("Оспанова", Viewer.PUBLIC)), "actor"))
                .containsExactly(world.bazhkenova);
    }

    @Test
    void theCommandIsListedAndRuns() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = Cli.run(new String[] {"search-reindex", "--kuzet.db.ephemeral=true"});
        } finally {
            System.setOut(original);
        }
        assertThat(code).isZero();
        // a fresh database: no records, no documents
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("{\"documents\":0,");
    }
}
