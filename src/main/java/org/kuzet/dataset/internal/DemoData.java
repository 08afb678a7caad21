package org.kuzet.dataset.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.kuzet.security.FirstAdminCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demonstration data: the seed dataset, so a newcomer sees Kuzet with the stories of the five seed documents in
 * it. Loaded when the first administrator asks for it on the setup page, or on a demonstration start
 * ({@code --kuzet.demo=true}); either way only into a database that holds no incident yet.
 */
@Component
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String SEEDS = "dataset/seeds.json";

    private final DatasetImport datasets;
    private final JdbcClient jdbc;
    private final boolean demoStart;

    DemoData(DatasetImport datasets, JdbcClient jdbc, @Value("${kuzet.demo:false}") boolean demoStart) {
        this.datasets = datasets;
        this.jdbc = jdbc;
        this.demoStart = demoStart;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoStart) {
            loadIntoEmptyDatabase();
        }
    }

    /** Synchronous: the new administrator's first page, right after, shows the data. */
    @EventListener
    void firstAdmin(FirstAdminCreated created) {
        if (created.demonstration()) {
            loadIntoEmptyDatabase();
        }
    }

    void loadIntoEmptyDatabase() {
        if (jdbc.sql("select count(*) from incident").query(Long.class).single() > 0) {
            return;
        }
        try (InputStream seeds = new ClassPathResource(SEEDS).getInputStream()) {
            FileImport result = datasets.importBytes(SEEDS, seeds.readAllBytes());
            if (result.rejected()) {
                log.error("The seed dataset was not loaded: {}", result.problems());
            } else {
                log.info("The demonstration data (seed dataset) is loaded ({})", result.run().tallies());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
