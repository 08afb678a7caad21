package org.kuzet.search;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The search tests that search the planted records of SearchFixture, laid out again before each test. */
@SpringBootTest(properties = "kuzet.test.world=search-fixture")
abstract class SearchFixtureTest {

    @Autowired
    SearchIndex index;
    @Autowired
    JdbcClient jdbc;
    SearchFixture world;

    @BeforeEach
    void world() {
        world = SearchFixture.in(jdbc);
    }
}
