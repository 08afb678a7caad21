package org.kuzet.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.kuzet.evidence.EvidenceStore;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings a backup back into a database with the same schema: checks the file before touching anything, puts the
 * evidence files back (each checked against its hash), then replaces every table's rows in one transaction, so a
 * failure leaves the database as it was. A database that already holds data is refused unless {@code force}.
 */
public class Restore {

    private final DataSource dataSource;
    private final EvidenceStore files;

    public Restore(DataSource dataSource, EvidenceStore files) {
        this.dataSource = dataSource;
        this.files = files;
    }

    public record Summary(int tables, long rows, int files) {
    }

    /** The backup cannot go into this database; nothing was changed. */
    public static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** A backup written without encryption. */
    public Summary restore(Path source, boolean force) throws IOException, SQLException {
        return restore(source, force, null);
    }

    /**
     * A backup, opened with {@code key} when it is encrypted: decrypted into a file readable by this user only
     * (a zip is read by random access), removed at the end whatever happens.
     */
    public Summary restore(Path source, boolean force, BackupKey key) throws IOException, SQLException {
        if (!OpenPgp.encrypted(source)) {
            return restoreZip(source, force);
        }
        if (key == null) {
            throw new Refused("the backup is encrypted: give its passphrase or secret key");
        }
        Path clear = Files.createTempFile("kuzet-restore", ".zip",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            OpenPgp.decrypt(source, key, clear);
            return restoreZip(clear, force);
        } finally {
            Files.deleteIfExists(clear);
        }
    }

    /** Whether the file is an encrypted backup (not a plain zip). */
    public static boolean encrypted(Path source) throws IOException {
        return OpenPgp.encrypted(source);
    }

    private Summary restoreZip(Path source, boolean force) throws IOException, SQLException {
        try (ZipFile zip = new ZipFile(source.toFile()); Connection connection = dataSource.getConnection()) {
            Manifest manifest = manifest(zip);
            check(manifest, connection, force);
            for (String sha256 : manifest.files()) {
                files.restore(sha256, bytes(zip, Manifest.fileEntry(sha256)));
            }
            connection.setAutoCommit(false);
            try {
                long rows = load(manifest, zip, connection);
                connection.commit();
                return new Summary(manifest.tables().size(), rows, manifest.files().size());
            } catch (IOException | SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private void check(Manifest manifest, Connection connection, boolean force) throws SQLException {
        if (manifest.format() != Manifest.FORMAT) {
            throw new Refused("the backup's format " + manifest.format() + " is not " + Manifest.FORMAT);
        }
        List<String> versions = Schema.versions(connection);
        if (!versions.equals(manifest.schemaVersions())) {
            throw new Refused("the backup was made at schema versions " + manifest.schemaVersions()
                    + " but this database is at " + versions + "; restore with the same Kuzet version");
        }
        Map<String, Table> here = Schema.tables(connection).stream()
                .collect(Collectors.toMap(Table::name, t -> t));
        for (Manifest.TableEntry entry : manifest.tables()) {
            Table table = here.get(entry.name());
            if (table == null || !table.columns().containsAll(entry.columns())) {
                throw new Refused("table " + entry.name() + ": not in this database with the backup's columns");
            }
        }
        if (!force) {
            for (Table table : here.values()) {
                long rows = count(connection, table);
                if (rows > 0 && !Schema.reference(connection, table.name())) {
                    throw new Refused("the database is not empty (table " + table.name() + " has " + rows
                            + " rows); use --force to replace everything in it");
                }
            }
        }
    }

    private long load(Manifest manifest, ZipFile zip, Connection connection) throws SQLException, IOException {
        List<Table> all = Schema.tables(connection);
        try (Statement statement = connection.createStatement()) {
            for (Table table : all) {
                statement.execute("ALTER TABLE " + table.quotedName() + " DISABLE TRIGGER USER");
            }
            statement.execute("TRUNCATE " + all.stream().map(Table::quotedName).collect(Collectors.joining(", ")));
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        long rows = 0;
        for (Manifest.TableEntry entry : manifest.tables()) {
            ZipEntry data = zip.getEntry(entry.entry());
            if (data == null) {
                throw new Refused("the backup has no rows file for table " + entry.name());
            }
            try (InputStream in = zip.getInputStream(data)) {
                long loaded = copy.copyIn("COPY " + entry.table().quotedName() + " (" + entry.table().quotedColumns()
                        + ") FROM STDIN WITH (FORMAT text, ENCODING 'UTF8')", in);
                if (loaded != entry.rows()) {
                    throw new Refused("table " + entry.name() + ": the backup says " + entry.rows() + " rows, "
                            + loaded + " were read");
                }
                rows += loaded;
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (Table table : all) {
                statement.execute("ALTER TABLE " + table.quotedName() + " ENABLE TRIGGER USER");
                resetSequences(connection, table);
            }
        }
        return rows;
    }

    /** Sequences continue after the highest restored value, so new rows do not collide with restored ones. */
    private static void resetSequences(Connection connection, Table table) throws SQLException {
        Map<String, String> sequences = new HashMap<>();
        for (String column : table.columns()) {
            try (PreparedStatement statement = connection.prepareStatement("select pg_get_serial_sequence(?, ?)")) {
                statement.setString(1, table.quotedName());
                statement.setString(2, column);
                try (ResultSet rs = statement.executeQuery()) {
                    if (rs.next() && rs.getString(1) != null) {
                        sequences.put(column, rs.getString(1));
                    }
                }
            }
        }
        for (Map.Entry<String, String> sequence : sequences.entrySet()) {
            try (PreparedStatement statement = connection.prepareStatement("select setval(?, coalesce(max("
                    + Table.quote(sequence.getKey()) + "), 0) + 1, false) from " + table.quotedName())) {
                statement.setString(1, sequence.getValue());
                statement.execute();
            }
        }
    }

    private static long count(Connection connection, Table table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from " + table.quotedName())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Manifest manifest(ZipFile zip) throws IOException {
        try {
            return JsonMapper.builder().build().readValue(bytes(zip, Manifest.ENTRY), Manifest.class);
        } catch (RuntimeException e) {
            throw new Refused("not a Kuzet backup: " + e.getMessage());
        }
    }

    private static byte[] bytes(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new Refused("not a complete Kuzet backup: " + name + " is missing");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
