package org.kuzet.portal;

import org.kuzet.portal.internal.PortalCounts;
import org.kuzet.portal.internal.PublicFigures;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal remembers its counts (PortalCounts) but never shows counts the data has moved away from: publishing,
 * adding a victim or deleting an incident shows at once in the facets, the totals and the charts.
 */
@SpringBootTest
class PublicPortalCountsTest {

    @Autowired
    PublicIncidents incidents;

    @Autowired
    PublicFigures figures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PortalCounts counts;

    long kostanay;
    long draft;

    @BeforeEach
    void fixture() {
        jdbc.sql("truncate incident, statement, source, actor restart identity cascade").update();
        kostanay = incident("Judge removed a TobolInfo journalist from an open hearing", "kz-kostanay", "published");
        draft = incident("Police obstructed journalists filming in Astana", "kz-astana", "draft");
    }

    @Test
    void aSecondVisitorWaitsForTheCountBeingMadeInsteadOfMakingItAgain() throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger computed = new java.util.concurrent.atomic.AtomicInteger();
        Object key = List.of("single-flight", System.nanoTime());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<String> first = pool.submit(() -> counts.get(key, () -> {
                computed.incrementAndGet();
                started.countDown();
                await(release);
                return "first";
            }));
            assertThat(started.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            Thread[] second = new Thread[1];
            java.util.concurrent.Future<String> other = pool.submit(() -> {
                second[0] = Thread.currentThread();
                return counts.get(key, () -> {
                    computed.incrementAndGet();
                    return "second";
                });
            });
            // the second visitor is parked on the first one's result (not computing) before the first is let go
            long deadline = System.nanoTime() + 30_000_000_000L;
            while ((second[0] == null || second[0].getState() != Thread.State.WAITING) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            release.countDown();
            assertThat(first.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(other.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(computed).hasValue(1);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void publishingAnIncidentShowsInTheCountsAtOnce() {
        assertThat(incidents.list(PublicListFilter.NONE, 0, 20, "en").total()).isEqualTo(1);
        assertThat(counts(incidents.facets(PublicListFilter.NONE, "en").get("region")))
                .isEqualTo(Map.of("kz-kostanay-region", 1L));

        jdbc.sql("update incident set workflow_state = 'published', published_at = now() where id = ?").param(draft)
                .update();

        assertThat(incidents.list(PublicListFilter.NONE, 0, 20, "en").total()).isEqualTo(2);
        assertThat(counts(incidents.facets(PublicListFilter.NONE, "en").get("region")))
                .isEqualTo(Map.of("kz-kostanay-region", 1L, "kz-astana", 1L));
        assertThat(figures.regions("en")).filteredOn(t -> t.code().equals("kz-astana"))
                .singleElement().extracting(PublicFigures.Tile::count).isEqualTo(1L);
    }

    @Test
    void aNewVictimAndADeletedIncidentShowInTheFacets() {
        assertThat(incidents.facets(PublicListFilter.NONE, "en").get("victim_kind")).isEmpty();

        jdbc.sql("insert into incident_victim (incident_id, position, name, victim_kind) values (?, 0, 'A blogger', "
                + "'blogger')").param(kostanay).update();
        assertThat(counts(incidents.facets(PublicListFilter.NONE, "en").get("victim_kind")))
                .isEqualTo(Map.of("blogger", 1L));

        jdbc.sql("delete from incident where id = ?").param(kostanay).update();
        assertThat(incidents.list(PublicListFilter.NONE, 0, 20, "en").total()).isZero();
        assertThat(incidents.facets(PublicListFilter.NONE, "en").get("group")).isEmpty();
    }

    @Test
    void staffCountsIncludeEveryStateAndThePublicsDoNot() {
        assertThat(counts(incidents.facets(PublicListFilter.NONE, "en", true).get("state")))
                .isEqualTo(Map.of("published", 1L, "draft", 1L));
        assertThat(incidents.facets(PublicListFilter.NONE, "en")).doesNotContainKey("state");
        assertThat(incidents.list(PublicListFilter.NONE, 0, 20, "en", true).total()).isEqualTo(2);
    }

    private static Map<String, Long> counts(List<PublicIncidents.Facet> facet) {
        return facet.stream().collect(java.util.stream.Collectors.toMap(PublicIncidents.Facet::code,
                PublicIncidents.Facet::count));
    }

    private long incident(String title, String place, String state) {
        return jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, published_at)
                values (?, 'summary', ?, 'month', ?, 'threats', ?, case when ? = 'published' then now() end)
                returning id""")
                .params(title, LocalDate.parse("2024-03-01"), place, state, state)
                .query(Long.class).single();
    }
}
