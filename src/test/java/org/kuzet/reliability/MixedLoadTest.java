package org.kuzet.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Issue 8, the short form of the load test (the 60-second one is {@link LoopbackLoad}, run on demand): 50 clients
 * for 5 s on loopback, reads and writes mixed, end with no error and every acknowledged write in the database.
 * All clients call from 127.0.0.1, so the per-client rate limit, which would rightly throttle them as one client,
 * is switched off here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kuzet.rate-limit.enabled=false")
class MixedLoadTest {

    @Autowired
    ApplicationContext kuzet;

    @Test
    void fiftyClientsMixingReadsAndWritesMeetNoErrorAndLoseNoWrite() throws Exception {
        MixedLoad.Outcome outcome = LoadBench.run(kuzet, 50, Duration.ofSeconds(5));
        System.out.println("MixedLoadTest: " + outcome.summary()); // the figures, for the record; not asserted

        assertThat(outcome.errorSamples()).isEmpty();
        assertThat(outcome.errors()).isZero();
        assertThat(outcome.writes()).as("acknowledged writes").isNotEmpty();
        assertThat(outcome.writes()).as("some writes went all the way to publication")
                .anyMatch(w -> w.state().equals("published"));
        assertThat(LoadBench.missingOrChanged(kuzet, outcome.writes())).isEmpty();
    }
}
