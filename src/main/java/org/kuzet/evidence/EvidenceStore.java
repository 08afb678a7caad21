package org.kuzet.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.core.Sha256;
import org.kuzet.crypto.FieldCipher;
import org.kuzet.evidence.internal.ContentSniffer;
import org.kuzet.evidence.internal.ContentType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files (archived snapshots of sources, uploaded documents and images), stored once each under their
 * SHA-256 ({@code files/ab/cd/abcd...}) and checked against it every time they are read: a file whose bytes were
 * changed on disk is refused and the refusal logged, never shown. Only PDF, PNG, JPEG, UTF-8 text and HTML are
 * accepted, recognised from the bytes themselves, up to the configured size. With a {@link FieldCipher} the bytes
 * on disk are sealed (AES-GCM, data key of kind {@value #KIND}): a copy of the files directory shows none of them;
 * the name and the hash stay those of the file itself.
 */
public class EvidenceStore {

    private static final Logger log = LoggerFactory.getLogger(EvidenceStore.class);

    private final JdbcClient jdbc;
    private final Path root;
    private final long maxBytes;
    private final FieldCipher cipher;

    /** The record kind of evidence files, for their data key. */
    public static final String KIND = "evidence";

    /** A store that keeps files as they are (a restore's target in a test). */
    public EvidenceStore(JdbcClient jdbc, Path root, long maxBytes) {
        this(jdbc, root, maxBytes, null);
    }

    /** A store that seals every file it writes with {@code cipher} (null: as they are). */
    public EvidenceStore(JdbcClient jdbc, Path root, long maxBytes, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.root = root;
        this.maxBytes = maxBytes;
        this.cipher = cipher;
    }

    public Path root() {
        return root;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Checks the file against the limits and keeps it; storing the same bytes twice keeps one copy. */
    @Transactional
    public StoredFile store(byte[] content, String originalName, String storedBy) {
        if (content.length == 0) {
            throw InvalidInput.of("file", "problem.fileEmpty", originalName);
        }
        if (content.length > maxBytes) {
            throw InvalidInput.of("file", "problem.fileTooLarge", originalName, content.length, maxBytes);
        }
        ContentType type = ContentSniffer.sniff(content).orElseThrow(() -> InvalidInput.of("file",
                "problem.fileKind", originalName));

        String sha256 = Sha256.hex(content);
        write(sha256, content);
        jdbc.sql("""
                        insert into stored_file (sha256, media_type, size_bytes, original_name, stored_by)
                        values (?, ?, ?, ?, ?) on conflict (sha256) do nothing""")
                .params(sha256, type.mediaType(), (long) content.length, clean(originalName), storedBy).update();
        return find(sha256).orElseThrow();
    }

    public Optional<StoredFile> find(String sha256) {
        return jdbc.sql("select sha256, media_type, size_bytes, original_name from stored_file where sha256 = ?")
                .param(sha256).query(StoredFile.class).optional();
    }

    /** The file's bytes, after checking them against the hash they are stored under. */
    public byte[] read(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new NotFound("No stored file " + sha256);
        }
        Path file = path(sha256);
        if (!Files.exists(file)) {
            if (find(sha256).isPresent()) {
                log.error("Evidence file {} is recorded but missing from {}", sha256, root);
                throw new EvidenceTampered("The stored file " + sha256 + " is missing");
            }
            throw new NotFound("No stored file " + sha256);
        }
        byte[] content = opened(readBytes(file));
        String actual = Sha256.hex(content);
        if (!actual.equals(sha256)) {
            log.error("Evidence file {} was changed on disk: its content now hashes to {}; refusing to serve it",
                    sha256, actual);
            throw new EvidenceTampered("The stored file " + sha256 + " does not match its hash");
        }
        return content;
    }

    /** Every stored file, for backups. */
    public List<StoredFile> all() {
        return jdbc.sql("select sha256, media_type, size_bytes, original_name from stored_file order by sha256")
                .query(StoredFile.class).list();
    }

    /** Puts back a file from a backup, after checking it against its hash. */
    public void restore(String sha256, byte[] content) {
        if (!Sha256.hex(content).equals(sha256)) {
            throw new EvidenceTampered("The backup's copy of " + sha256 + " does not match its hash");
        }
        write(sha256, content);
    }

    public Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private void write(String sha256, byte[] content) {
        Path target = path(sha256);
        try {
            if (Files.exists(target) && Sha256.hex(opened(Files.readAllBytes(target))).equals(sha256)
                    && (cipher == null || FieldCipher.sealedBytes(Files.readAllBytes(target)))) {
                return;
            }
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
            Files.write(temporary, cipher == null ? content : cipher.sealBytes(KIND, content));
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + sha256 + " under " + root, e);
        }
    }

    /**
     * Seals the files written before encryption (each checked against its hash first; one that fails is left for
     * {@link #read} to refuse); returns how many it sealed.
     */
    public int sealExisting() {
        int sealed = 0;
        for (StoredFile file : all()) {
            Path path = path(file.sha256());
            if (cipher == null || !Files.exists(path)) {
                continue;
            }
            if (FieldCipher.sealedBytes(head(path))) {
                continue; // read no further: a start looks only at the first bytes of each file
            }
            byte[] stored = readBytes(path);
            if (Sha256.hex(stored).equals(file.sha256())) {
                write(file.sha256(), stored);
                sealed++;
            }
        }
        return sealed;
    }

    private static byte[] head(Path file) {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(FieldCipher.HEADER_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] opened(byte[] stored) {
        return cipher == null ? stored : cipher.openBytes(KIND, stored);
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String clean(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
        return base.length() > 255 ? base.substring(0, 255) : base;
    }
}
