package org.kuzet.backup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.audit.AuditChain;
import org.kuzet.audit.AuditLog;
import org.kuzet.evidence.EvidenceStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not part of the normal test run (its name does not end in Test): {@code ./mvnw -q -B test
 * -Dtest=SecurityBenchmark}, then read the numbers it prints; docs/benchmarks.md keeps them. It asserts nothing
 * about speed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityBenchmark {

    private static final int ENTRIES = 2000;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AuditLog audit;

    @Autowired
    AuditChain chain;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Backup backup;

    @Autowired
    JdbcClient jdbc;

    @Test
    void measure(@TempDir Path dir) throws Exception {
        long[] hashing = new long[15];
        for (int i = 0; i < hashing.length; i++) {
            long start = System.nanoTime();
            passwords.matches("Correct-Horse-Battery-" + i, passwords.encode("Correct-Horse-Battery-" + i));
            hashing[i] = System.nanoTime() - start;
        }
        Arrays.sort(hashing);
        report("Argon2id encode + check, median", hashing[hashing.length / 2] / 1e6, "ms");

        long start = System.nanoTime();
        for (int i = 0; i < ENTRIES; i++) {
            int n = i;
            tx.executeWithoutResult(s -> audit.record("bench", "incident.updated", "incident", n % 100,
                    Map.of("people_affected", n), Map.of("people_affected", n + 1, "title", "Отказ в аккредитации")));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report("audit entries recorded, one transaction each", ENTRIES / seconds, "entries/s");

        long entries = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        start = System.nanoTime();
        chain.verify();
        seconds = (System.nanoTime() - start) / 1e9;
        report("audit-verify over " + entries + " entries", entries / seconds, "entries/s");

        Path file = dir.resolve("bench.zip");
        start = System.nanoTime();
        Backup.Summary summary = backup.write(file);
        report("backup of " + summary.rows() + " rows", (System.nanoTime() - start) / 1e6, "ms, "
                + Files.size(file) / 1024 + " KiB");

        try (EmbeddedPostgres fresh = EmbeddedPostgres.builder().start()) {
            DataSource target = fresh.getPostgresDatabase();
            Flyway.configure().dataSource(target).locations("classpath:db/migration").outOfOrder(true).load().migrate();
            Restore restore = new Restore(target, new EvidenceStore(JdbcClient.create(target), dir.resolve("f"), 1 << 20));
            start = System.nanoTime();
            restore.restore(file, false);
            report("restore of the same", (System.nanoTime() - start) / 1e6, "ms");
        }
    }

    private static void report(String what, double value, String unit) {
        System.out.printf("BENCHMARK %s: %.1f %s%n", what, value, unit);
    }
}
