package org.kuzet.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.kuzet.core.Sha256;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.audit.AuditLog;
import org.kuzet.evidence.EvidenceStore;
import org.kuzet.evidence.StoredFile;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A dataset with Cyrillic and Kazakh text, awkward characters, jsonb, references between tables, audit entries and
 * an evidence file goes into a backup and comes back, row for row, into a new database that Flyway just made.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BackupRoundTripTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Backup backup;

    @Autowired
    EvidenceStore files;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    DataSource dataSource;

    @Test
    void everyTableAndFileComesBackAsItWas(@TempDir Path dir) throws Exception {
        plantDataset();
        Path file = dir.resolve("kuzet-backup.zip");
        Backup.Summary written = backup.write(file);
        assertThat(written.tables()).isGreaterThanOrEqualTo(20);

        try (EmbeddedPostgres fresh = EmbeddedPostgres.builder().start()) {
            DataSource target = fresh.getPostgresDatabase();
            Flyway.configure().dataSource(target).locations("classpath:db/migration").outOfOrder(true).load().migrate();
            EvidenceStore restoredFiles = new EvidenceStore(JdbcClient.create(target), dir.resolve("files"), 1 << 20);
            Restore restore = new Restore(target, restoredFiles);

            Restore.Summary summary = restore.restore(file, false);
            assertThat(summary.rows()).isEqualTo(written.rows());

            for (String table : tables()) {
                assertThat(rows(JdbcClient.create(target), table)).as(table).isEqualTo(rows(jdbc, table));
            }
            String sha = Sha256.hex(EVIDENCE);
            assertThat(restoredFiles.read(sha)).isEqualTo(EVIDENCE);

            JdbcClient restored = JdbcClient.create(target);
            assertThat(restored.sql("select name from actor where external_id = 'bk-actor-1'").query(String.class)
                    .single()).isEqualTo("Азаттық «Радио» \\ \"Tab\there\"");
            assertThat(restored.sql("select snapshot->'victims'->0->>'name' from incident_revision r join incident i "
                    + "on i.id = r.incident_id where i.external_id = 'bk-inc-1'").query(String.class).single())
                    .isEqualTo("Жанболат Мамай");
            long newId = restored.sql("insert into actor (kind, name) values ('person', 'Новый') returning id")
                    .query(Long.class).single();
            assertThat(newId).as("sequences continue after the restored ids")
                    .isGreaterThan(jdbc.sql("select max(id) from actor").query(Long.class).single());

            assertThatThrownBy(() -> restore.restore(file, false)).isInstanceOf(Restore.Refused.class)
                    .hasMessageContaining("not empty");
            assertThat(restored.sql("select count(*) from actor where name = 'Новый'").query(Long.class).single())
                    .as("a refused restore changes nothing").isEqualTo(1);
            restore.restore(file, true);
            assertThat(rows(restored, "actor")).isEqualTo(rows(jdbc, "actor"));
        }
    }

    /**
     * Encrypted with a passphrase, then with a public key: the file shows none of the dataset's text (nor even that
     * it is a zip of tables), a wrong passphrase changes nothing, and with the right key every row comes back.
     */
    @Test
    void anEncryptedBackupShowsNothingWithoutItsKeyAndComesBackWithIt(@TempDir Path dir) throws Exception {
        if (jdbc.sql("select count(*) from actor where external_id = 'bk-actor-1'").query(Long.class).single() == 0) {
            plantDataset();
        }
        char[] passphrase = "Жаңа кілт, long enough".toCharArray();
        Path file = dir.resolve("kuzet-backup.pgp");
        Backup.Summary written = backup.write(file, BackupKey.passphrase(passphrase));
        assertThat(Restore.encrypted(file)).isTrue();
        assertThat(shown(file)).isEmpty();

        Keys keys = Keys.generate(dir, "Secret-key-passphrase-1".toCharArray());
        Path forKey = dir.resolve("kuzet-backup-for-key.pgp");
        backup.write(forKey, new BackupKey.PublicKey(keys.publicKey()));
        assertThat(shown(forKey)).isEmpty();

        try (EmbeddedPostgres fresh = EmbeddedPostgres.builder().start()) {
            DataSource target = fresh.getPostgresDatabase();
            Flyway.configure().dataSource(target).locations("classpath:db/migration").outOfOrder(true).load().migrate();
            Restore restore = new Restore(target, new EvidenceStore(JdbcClient.create(target), dir.resolve("f"), 1 << 20));
            List<String> before = rows(JdbcClient.create(target), "actor");
            assertThatThrownBy(() -> restore.restore(file, false, BackupKey.passphrase("not the one, no".toCharArray())))
                    .isInstanceOf(Restore.Refused.class).hasMessageContaining("passphrase");
            assertThatThrownBy(() -> restore.restore(file, false)).isInstanceOf(Restore.Refused.class)
                    .hasMessageContaining("encrypted");
            assertThat(rows(JdbcClient.create(target), "actor")).as("a refused restore changes nothing")
                    .isEqualTo(before);

            assertThat(restore.restore(file, false, BackupKey.passphrase(passphrase)).rows())
                    .isEqualTo(written.rows());
            for (String table : tables()) {
                assertThat(rows(JdbcClient.create(target), table)).as(table).isEqualTo(rows(jdbc, table));
            }
            restore.restore(forKey, true, new BackupKey.SecretKey(keys.secretKey(), keys.passphrase()));
            for (String table : tables()) {
                assertThat(rows(JdbcClient.create(target), table)).as(table).isEqualTo(rows(jdbc, table));
            }
        }
    }

    /** Which of the dataset's texts (and a zip's own names) can be read in the file. */
    private static List<String> shown(Path file) throws Exception {
        String bytes = new String(java.nio.file.Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return List.of("Азаттық", "Жанболат Мамай", "Решение суда", "не публиковать", "корреспондент из Уральска",
                        "+7 700 000 00 00", "bk-inc-1", "manifest.json", "incident_victim").stream()
                .filter(text -> bytes.contains(new String(text.getBytes(StandardCharsets.UTF_8),
                        StandardCharsets.ISO_8859_1)))
                .toList();
    }

    @Test
    void aBackupOfAnotherSchemaVersionIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("b.zip");
        backup.write(file);
        try (EmbeddedPostgres fresh = EmbeddedPostgres.builder().start()) {
            DataSource target = fresh.getPostgresDatabase();
            // a database stopped at V4; Flyway would run the repeatable migrations (R__) even so, and they need the
            // whole schema: here they are not recognised as migrations
            Flyway.configure().dataSource(target).locations("classpath:db/migration").target("4")
                    .repeatableSqlMigrationPrefix("none").load().migrate();
            Restore restore = new Restore(target, new EvidenceStore(JdbcClient.create(target), dir, 1 << 20));
            assertThatThrownBy(() -> restore.restore(file, false)).isInstanceOf(Restore.Refused.class)
                    .hasMessageContaining("schema versions");
        }
    }

    private static final byte[] EVIDENCE = "%PDF-1.4\n(Решение суда по делу о защите чести и достоинства)\n%%EOF\n"
            .getBytes(StandardCharsets.UTF_8);

    private void plantDataset() {
        tx.executeWithoutResult(s -> {
            if (!accounts.exists("bk-editor")) {
                accounts.create("bk-editor", "Әлия Редактор", "Backup-Editor-Password-1", Role.EDITOR);
            }
            long actor = jdbc.sql("insert into actor (external_id, kind, actor_type, name, description) values "
                            + "('bk-actor-1', 'organisation', 'media_outlet', ?, ?) returning id")
                    .params("Азаттық «Радио» \\ \"Tab\there\"", "строка 1\nстрока 2\r\nқазақша: әғқңөұүһі")
                    .query(Long.class).single();
            jdbc.sql("insert into actor_alias (actor_id, alias, key) values (?, 'Azattyq', 'azattyq'), (?, 'Азаттык', 'azattyk')")
                    .params(actor, actor).update();
            long source = jdbc.sql("insert into source (external_id, kind, title, archived_text, correspondent, "
                            + "confidential, sha256) values ('bk-src-1', 'correspondent_report', 'Сообщение', ?, ?, true, ?) "
                            + "returning id")
                    .params("Текст\tс табуляцией и \\N не null", "корреспондент из Уральска",
                            Sha256.hex(EVIDENCE)).query(Long.class).single();
            long incident = jdbc.sql("insert into incident (external_id, title, summary, occurred_on, date_precision, "
                            + "place_code, primary_category, people_affected, confidential_notes) values ('bk-inc-1', "
                            + "'Отказ в аккредитации', '16 журналистам отказали', date '2024-03-12', 'day', "
                            + "'kz-astana', 'accreditation_denial', 16, 'не публиковать') returning id")
                    .query(Long.class).single();
            jdbc.sql("insert into incident_category values (?, 'threats')").param(incident).update();
            jdbc.sql("insert into incident_source values (?, ?)").params(incident, source).update();
            jdbc.sql("insert into incident_victim (incident_id, position, actor_id, name, victim_kind, gender, contact) "
                    + "values (?, 1, ?, 'Жанболат Мамай', 'journalist', 'male', '+7 700 000 00 00')")
                    .params(incident, actor).update();
            jdbc.sql("insert into incident_revision (incident_id, revision, snapshot, recorded_by) values (?, 1, "
                    + "cast(? as jsonb), 'bk-editor')").params(incident,
                    "{\"title\": \"Отказ в аккредитации\", \"people_affected\": 16, \"amount_tenge\": 9007199254740993,"
                            + " \"victims\": [{\"name\": \"Жанболат Мамай\"}], \"note\": null}").update();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("title", "Отказ в аккредитации");
            after.put("people_affected", 16);
            audit.record("bk-editor", "incident.created", "incident", incident, null, after);
        });
        files.store(EVIDENCE, "решение.pdf", "bk-editor");
    }

    private List<String> tables() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return Schema.tables(connection).stream().map(Table::name).toList();
        }
    }

    private static List<String> rows(JdbcClient client, String table) {
        return client.sql("select row_to_json(t)::text from " + Table.quote(table) + " t order by 1")
                .query(String.class).list();
    }
}
