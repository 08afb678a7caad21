package org.kuzet.search;

import org.kuzet.security.Viewer;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Emptying the tables with TRUNCATE (as tests and admins do) empties the index with them: no ghosts. */
@SpringBootTest(properties = "kuzet.test.world=search-truncate")
class SearchTruncateTest {

    @Autowired
    SearchIndex index;
    @Autowired
    JdbcClient jdbc;

    @Test
    void truncatedRecordsAreNotFound() {
        SearchFixture world = SearchFixture.in(jdbc);
        assertThat(SearchMatchingTest.ids(index.search(SearchRequest.of("Bazhkenova", Viewer.PUBLIC)), "incident"))
                .containsExactly(world.threatsAlmaty);

        jdbc.sql("truncate incident restart identity cascade").update();
        // actors and sources remain, but no published incident makes them public any more
        assertThat(index.search(SearchRequest.of("", Viewer.PUBLIC)).total()).isZero();
        assertThat(index.search(SearchRequest.of("Bazhkenva", Viewer.PUBLIC)).suggestions()).isEmpty();
        assertThat(index.search(SearchRequest.of("", SearchFixture.MONITOR).with(Facet.TYPE, "actor")).total()).isEqualTo(3);

        jdbc.sql("truncate source, actor restart identity cascade").update();
        assertThat(index.search(SearchRequest.of("", SearchFixture.MONITOR)).total()).isZero();
        assertThat(index.search(SearchRequest.of("Bazhkenva", SearchFixture.MONITOR)).suggestions()).isEmpty();
        assertThat(index.search(SearchRequest.of("Bazhkenova", SearchFixture.MONITOR)).total()).isZero();
    }
}
