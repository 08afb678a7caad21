package org.kuzet.dataset;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A demonstration start ({@code --kuzet.demo=true}): when the database holds no incident yet, the seed dataset is
 * imported, so a newcomer sees Kuzet with the stories of the five seed documents in it.
 */
@Component
@ConditionalOnBooleanProperty("kuzet.demo")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String SEEDS = "dataset/seeds.json";

    private final DatasetImport datasets;
    private final JdbcClient jdbc;

    DemoData(DatasetImport datasets, JdbcClient jdbc) {
        this.datasets = datasets;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (jdbc.sql("select count(*) from incident").query(Long.class).single() > 0) {
            return;
        }
        try (InputStream seeds = new ClassPathResource(SEEDS).getInputStream()) {
            FileImport result = datasets.importBytes(SEEDS, seeds.readAllBytes());
            if (result.rejected()) {
                log.error("The seed dataset was not loaded: {}", result.problems());
            } else {
                log.info("Demonstration start: the seed dataset is loaded ({})", result.run().tallies());
            }
        }
    }
}
