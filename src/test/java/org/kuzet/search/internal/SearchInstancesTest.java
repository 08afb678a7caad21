package org.kuzet.search.internal;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.search.SearchFixture;
import org.kuzet.search.SearchIndex;
import org.kuzet.search.SearchMatchingTest;
import org.kuzet.search.SearchRequest;
import org.kuzet.security.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances on one database each keep their own index, fed by the same outbox: a change written by
 * anyone (here: plain SQL, as another instance or a script would) is found by the next search of every instance.
 * An instance that stops writes its position down and resumes from it.
 */
@SpringBootTest(properties = "kuzet.test.world=search-instances")
class SearchInstancesTest {

    @Autowired
    SearchIndex index;
    @Autowired
    SearchRecords records;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    Path directory;

    @BeforeEach
    void directory() throws IOException {
        directory = Files.createTempDirectory("kuzet-search-instance-");
    }

    @AfterEach
    void removeDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aChangeWrittenElsewhereIsFoundByTheNextSearchOfEveryInstance() {
        LuceneSearchIndex second = new LuceneSearchIndex(records, directory.toString(), false);
        second.start();
        try {
            long id = incident("inst-1", "Давление на редакцию Ertis Media");
            assertThat(incidents(index, "Ertis")).containsExactly(id);
            assertThat(incidents(second, "Ertis")).containsExactly(id);

            jdbc.sql("update incident set title = 'Давление на редакцию Irtysh Media' where id = ?").param(id).update();
            assertThat(incidents(second, "Irtysh")).containsExactly(id);
            assertThat(incidents(index, "Irtysh")).containsExactly(id);
            assertThat(incidents(second, "Ertis")).isEmpty();
        } finally {
            second.stop();
        }
    }

    @Test
    void aRestartedInstanceResumesFromWhereItStopped() {
        LuceneSearchIndex first = new LuceneSearchIndex(records, directory.toString(), false);
        first.start();
        long before = incident("inst-2", "Угрозы журналисту Aqtobe Times");
        assertThat(incidents(first, "Aqtobe")).containsExactly(before);
        first.stop();

        // while it is down: one change noted in the outbox, one made with the outbox bypassed
        long noted = incident("inst-3", "Отказ в аккредитации Atyrau Info");
        long bypassed = transactions.execute(tx -> {
            jdbc.sql("set local kuzet.search_refresh = 'off'").update();
            return incident("inst-4", "Блокировка сайта Taldyqorgan News");
        });

        LuceneSearchIndex again = new LuceneSearchIndex(records, directory.toString(), false);
        again.start();
        try {
            assertThat(incidents(again, "Aqtobe")).containsExactly(before);
            assertThat(incidents(again, "Atyrau")).containsExactly(noted);
            // resumed, not rebuilt: what bypassed the outbox is not there until a reindex
            assertThat(incidents(again, "Taldyqorgan")).isEmpty();
            again.reindex();
            assertThat(incidents(again, "Taldyqorgan")).containsExactly(bypassed);
        } finally {
            again.stop();
        }
    }

    private long incident(String externalId, String title) {
        return SearchFixture.empty(jdbc).incident(externalId, title, "Текст.", LocalDate.of(2025, 3, 3), "day",
                "kz-almaty", "threats", "confirmed", "published", null, null);
    }

    private static List<Long> incidents(SearchIndex index, String text) {
        return SearchMatchingTest.ids(index.search(SearchRequest.of(text, Viewer.PUBLIC)), "incident");
    }
}
