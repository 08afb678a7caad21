package org.kuzet.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.kuzet.evidence.EvidenceStore;
import org.kuzet.evidence.EvidenceTampered;
import org.kuzet.evidence.StoredFile;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one file (a zip) with every table of the database and every evidence file. The tables are read in one
 * repeatable-read transaction, so the copy is consistent even while people work. The zip is written beside the
 * target and renamed into place at the end, so an interrupted backup never looks like a complete one.
 */
public class Backup {

    private final DataSource dataSource;
    private final EvidenceStore files;

    public Backup(DataSource dataSource, EvidenceStore files) {
        this.dataSource = dataSource;
        this.files = files;
    }

    /** What was written; {@code brokenFiles} failed their hash check and were left out. */
    public record Summary(int tables, long rows, int files, List<String> brokenFiles) {
    }

    /** A zip without encryption (for a target that is itself encrypted, and the round-trip test). */
    public Summary write(Path target) throws IOException, SQLException {
        return write(target, null);
    }

    /**
     * The backup encrypted with {@code key} (OpenPGP: see {@link BackupKey}) as it is written: no unencrypted copy
     * touches the disk. A null key writes a plain zip.
     */
    public Summary write(Path target, BackupKey key) throws IOException, SQLException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        List<Manifest.TableEntry> tables = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        try (OutputStream out = Files.newOutputStream(partial);
             OutputStream body = key == null ? unclosable(out) : OpenPgp.encrypt(out, key);
             ZipOutputStream zip = new ZipOutputStream(body);
             Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                List<String> versions = Schema.versions(connection);
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (Table table : Schema.tables(connection)) {
                    Manifest.TableEntry entry = new Manifest.TableEntry(table.name(), table.columns(), 0);
                    zip.putNextEntry(new ZipEntry(entry.entry()));
                    long rows = copy.copyOut("COPY (SELECT " + table.quotedColumns() + " FROM " + table.quotedName()
                            + ") TO STDOUT WITH (FORMAT text, ENCODING 'UTF8')", unclosable(zip));
                    zip.closeEntry();
                    tables.add(new Manifest.TableEntry(table.name(), table.columns(), rows));
                }
                for (StoredFile file : files.all()) {
                    byte[] content;
                    try {
                        content = files.read(file.sha256());
                    } catch (EvidenceTampered e) {
                        broken.add(file.sha256());
                        continue;
                    }
                    zip.putNextEntry(new ZipEntry(Manifest.fileEntry(file.sha256())));
                    zip.write(content);
                    zip.closeEntry();
                    stored.add(file.sha256());
                }
                zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
                zip.write(JsonMapper.builder().build().writeValueAsBytes(new Manifest(Manifest.FORMAT,
                        Instant.now().toString(), versions, tables, stored)));
                zip.closeEntry();
            } finally {
                connection.rollback();
            }
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Summary(tables.size(), tables.stream().mapToLong(Manifest.TableEntry::rows).sum(), stored.size(),
                broken);
    }

    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
