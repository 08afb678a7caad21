package org.kuzet.search;

import org.kuzet.security.Viewer;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A change is searchable as soon as its transaction commits (the documents are refreshed by triggers inside it),
 * and not before: an uncommitted or rolled-back change is found by nobody else.
 */
@SpringBootTest(properties = "kuzet.test.world=search-changing")
class SearchFreshnessTest {

    @Autowired
    SearchIndex index;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DataSource dataSource;

    @Test
    void aPublishedIncidentIsFoundRightAfterItsCommit() {
        long id = transactions.execute(tx -> {
            SearchFixture f = fixture();
            long incident = f.incident("fresh-1", "Нападение на оператора телеканала Алатау", "Оператора ударили.",
                    LocalDate.of(2025, 5, 6), "day", "kz-almaty", "attacks", "confirmed", "published", null, null);
            f.victim(incident, null, "Ерлан Токпанов", "journalist", "оператор", null);
            return incident;
        });
        assertThat(incidents("Tokpanov", Viewer.PUBLIC)).containsExactly(id);
        assertThat(incidents("оператора Алатау", Viewer.PUBLIC)).containsExactly(id);
    }

    @Test
    void anEditIsFoundAndTheOldWordingIsNot() {
        long id = transactions.execute(tx -> fixture().incident("fresh-2", "Блокировка сайта Ulanbek", "Сайт закрыт.",
                LocalDate.of(2025, 6, 1), "day", "kz-oral", "blocking", "unverified", "published", null, null));
        assertThat(incidents("Ulanbek", Viewer.PUBLIC)).containsExactly(id);
        transactions.executeWithoutResult(tx -> jdbc.sql("update incident set title = 'Блокировка сайта Kyzylzhar' where id = ?")
                .param(id).update());
        assertThat(incidents("Ulanbek", Viewer.PUBLIC)).isEmpty();
        assertThat(incidents("Kyzylzhar", Viewer.PUBLIC)).containsExactly(id);
    }

    @Test
    void publishingADraftMakesItAndItsPeoplePublic() {
        long id = transactions.execute(tx -> {
            SearchFixture f = fixture();
            long actor = f.actor("Маржан Ельшибаева", "person", "journalist", "Marzhan Yelshibayeva");
            long incident = f.incident("fresh-3", "Вызов журналиста в полицию", "Вызвали на допрос.",
                    LocalDate.of(2025, 7, 2), "day", "kz-aktobe", "summons_law_enforcement", "unverified", "draft",
                    null, null);
            f.victim(incident, actor, "Маржан Ельшибаева", "journalist", null, null);
            return incident;
        });
        assertThat(incidents("Yelshibayeva", Viewer.PUBLIC)).isEmpty();
        assertThat(index.search(SearchRequest.of("Elshibaeva", Viewer.PUBLIC).with(Facet.TYPE, "actor")).total()).isZero();
        assertThat(incidents("Yelshibayeva", SearchFixture.MONITOR)).containsExactly(id);

        transactions.executeWithoutResult(tx -> jdbc.sql("update incident set workflow_state = 'published' where id = ?")
                .param(id).update());
        assertThat(incidents("Yelshibayeva", Viewer.PUBLIC)).containsExactly(id);
        assertThat(index.search(SearchRequest.of("Elshibaeva", Viewer.PUBLIC).with(Facet.TYPE, "actor")).total())
                .isEqualTo(1);
    }

    @Test
    void aRolledBackChangeIsNeverFound() {
        transactions.executeWithoutResult(tx -> {
            fixture().incident("fresh-4", "Угроза редакции Temirbolat", "Текст.", LocalDate.of(2025, 8, 3), "day",
                    "kz-taraz", "threats", "confirmed", "published", null, null);
            tx.setRollbackOnly();
        });
        assertThat(incidents("Temirbolat", SearchFixture.MONITOR)).isEmpty();
    }

    @Test
    void aChangeCommittedWhileALongerTransactionRunsIsFoundAndTheLongerOneAfterItsCommit() throws SQLException {
        try (Connection open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            long waiting = SearchFixture.empty(JdbcClient.create(new SingleConnectionDataSource(open, true)))
                    .incident("fresh-6", "Обыск в редакции Kokshetau Daily", "Обыск.", LocalDate.of(2025, 10, 1),
                            "day", "kz-kokshetau", "summons_law_enforcement", "confirmed", "published", null, null);
            long committed = transactions.execute(tx -> fixture().incident("fresh-7", "Задержание блогера Ekibastuz",
                    "Задержание.", LocalDate.of(2025, 10, 2), "day", "kz-pavlodar", "detention", "confirmed",
                    "published", null, null));
            assertThat(incidents("Ekibastuz", Viewer.PUBLIC)).containsExactly(committed);
            assertThat(incidents("Kokshetau", SearchFixture.MONITOR)).isEmpty();
            open.commit();
            assertThat(incidents("Kokshetau", Viewer.PUBLIC)).containsExactly(waiting);
            assertThat(incidents("Ekibastuz", Viewer.PUBLIC)).containsExactly(committed);
        }
    }

    @Test
    void aDeletedIncidentLeavesTheIndex() {
        long id = transactions.execute(tx -> fixture().incident("fresh-5", "Иск к газете Zhezkazgan Times", "Иск.",
                LocalDate.of(2025, 9, 4), "day", "kz-zhezkazgan", "civil_claims", "confirmed", "published", null, null));
        assertThat(incidents("Zhezkazgan Times", Viewer.PUBLIC)).containsExactly(id);
        transactions.executeWithoutResult(tx -> jdbc.sql("delete from incident where id = ?").param(id).update());
        assertThat(incidents("Zhezkazgan Times", SearchFixture.MONITOR)).isEmpty();
    }

    private SearchFixture fixture() {
        return SearchFixture.empty(jdbc);
    }

    private java.util.List<Long> incidents(String text, Viewer audience) {
        return SearchMatchingTest.ids(index.search(SearchRequest.of(text, audience).with(Facet.TYPE, "incident")),
                "incident");
    }
}
