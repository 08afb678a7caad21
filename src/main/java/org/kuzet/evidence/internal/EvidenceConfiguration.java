package org.kuzet.evidence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.kuzet.crypto.FieldCipher;
import org.kuzet.crypto.SealsExisting;
import org.kuzet.database.DatabaseProperties;
import org.kuzet.evidence.EvidenceStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

/**
 * Where evidence files live: {@code kuzet.files-dir}, or {@code files} in the data directory; with a throw-away
 * database (tests) a temporary directory that goes with it. Upload limit: {@code kuzet.files.max-upload-size}.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

    @Bean
    EvidenceStore evidenceStore(JdbcClient jdbc, DatabaseProperties database, FieldCipher cipher,
                                @Value("${kuzet.files-dir:}") String filesDir,
                                @Value("${kuzet.files.max-upload-size:20MB}") DataSize maxUpload) throws IOException {
        Path root;
        if (!filesDir.isBlank()) {
            root = Path.of(filesDir);
        } else if (database.ephemeral()) {
            root = Files.createTempDirectory("kuzet-files");
            Path throwAway = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(throwAway)));
        } else {
            root = database.dataDir().resolve("files");
        }
        Files.createDirectories(root);
        return new EvidenceStore(jdbc, root.toAbsolutePath(), maxUpload.toBytes(), cipher);
    }

    /** Files stored before encryption are sealed at the next start. */
    @Bean
    SealsExisting evidenceSealing(EvidenceStore store) {
        return cipher -> store.sealExisting();
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
