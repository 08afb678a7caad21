package org.kuzet.crypto.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kuzet.crypto.FieldCipher;
import org.kuzet.crypto.FieldReaders;
import org.kuzet.crypto.SealsExisting;
import org.kuzet.database.DatabaseProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
class CryptoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

    @Bean
    KeyRing keyRing(JdbcClient jdbc, TransactionTemplate tx, CryptoProperties crypto, DatabaseProperties db) {
        if (crypto.masterKey() != null && !crypto.masterKey().isBlank()) {
            return new KeyRing(jdbc, tx, MasterKeys.parse(crypto.masterKey(), null));
        }
        Path file = crypto.masterKeyFile() == null || crypto.masterKeyFile().isBlank() ? null
                : Path.of(crypto.masterKeyFile());
        if (file == null) {
            if (db.ephemeral() || db.dataDir() == null) {
                // a test's throw-away database: its key lives and dies with it
                return new KeyRing(jdbc, tx, MasterKeys.parse(MasterKeys.newKey(), null));
            }
            file = MasterKeys.besideDataDir(db.dataDir());
        }
        if (Files.exists(file)) {
            return new KeyRing(jdbc, tx, MasterKeys.read(file));
        }
        if (jdbc.sql("select count(*) from crypto_data_key").query(Integer.class).single() > 0) {
            throw new IllegalStateException("the confidential fields of this database are sealed with a master key "
                    + "that is not at " + file + " (nor in KUZET_MASTER_KEY): put the key file back there (or set "
                    + "KUZET_MASTER_KEY_FILE to it), then start again");
        }
        KeyRing ring = new KeyRing(jdbc, tx, MasterKeys.create(file));
        log.warn("NEW MASTER KEY for confidential fields written to {}: keep a copy of this file apart from the "
                + "backups (docs/security.md); without it the confidential fields cannot be read", file);
        return ring;
    }

    @Bean
    FieldCipher fieldCipher(KeyRing keys, FieldReaders readers) {
        return new FieldCipher(keys::dataKey, readers);
    }

    /** At each start: data keys re-wrapped if the master key changed, then rows stored before encryption sealed. */
    @Bean
    SmartInitializingSingleton sealAtStart(KeyRing keys, FieldCipher cipher, ObjectProvider<SealsExisting> owners) {
        return () -> {
            keys.rewrap();
            List<SealsExisting> all = owners.orderedStream().toList();
            int sealed = all.stream().mapToInt(o -> o.sealExisting(cipher)).sum();
            if (sealed > 0) {
                log.warn("Sealed {} confidential values stored before encryption", sealed);
            }
        };
    }

    @Bean
    MasterKeyWatch masterKeyWatch(KeyRing keys) {
        return new MasterKeyWatch(keys);
    }

    /** keys-rotate run beside a running server puts a new key in the file; the server re-wraps within a minute. */
    static final class MasterKeyWatch {
        private final KeyRing keys;

        MasterKeyWatch(KeyRing keys) {
            this.keys = keys;
        }

        // not at once: the start has just re-wrapped, and a command's own work must not race it
        @Scheduled(fixedDelayString = "${kuzet.crypto.watch-delay:PT30S}",
                initialDelayString = "${kuzet.crypto.watch-delay:PT30S}")
        void check() {
            if (keys.reloadIfChanged()) {
                log.warn("The master key file changed: data keys re-wrapped under {}", keys.currentId());
            }
        }
    }
}
