package org.kuzet.crypto.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data keys, one per record kind, kept in crypto_data_key wrapped (AES-GCM) by the current master key, and
 * held unwrapped in memory only. Re-wrapping under a new master key changes no sealed value: a running Kuzet keeps
 * reading and writing while it happens.
 */
public class KeyRing {

    private static final Logger log = LoggerFactory.getLogger(KeyRing.class);
    private static final int NONCE = 12;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Map<String, SecretKey> dataKeys = new ConcurrentHashMap<>();
    private volatile MasterKeys masters;
    private volatile FileTime seen;

    KeyRing(JdbcClient jdbc, TransactionTemplate tx, MasterKeys masters) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.masters = masters;
        this.seen = modified(masters.file());
    }

    /** Where the master key is read from: its file, or null when it comes from KUZET_MASTER_KEY or is a test's. */
    public Path file() {
        return masters.file();
    }

    /** The data key of a record kind, made (and wrapped, and stored) on first use. */
    public SecretKey dataKey(String kind) {
        return dataKeys.computeIfAbsent(kind, this::loadOrCreate);
    }

    private SecretKey loadOrCreate(String kind) {
        return stored(kind).orElseGet(() -> {
            MasterKeys current = masters;
            byte[] wrapped = wrap(current.current(), kind, newDataKey());
            jdbc.sql("insert into crypto_data_key (kind, master_key_id, wrapped) values (?, ?, ?) "
                    + "on conflict (kind) do nothing").params(kind, current.currentId(), wrapped).update();
            return stored(kind).orElseThrow();
        });
    }

    private java.util.Optional<SecretKey> stored(String kind) {
        return jdbc.sql("select master_key_id, wrapped from crypto_data_key where kind = ?").param(kind)
                .query((rs, n) -> unwrap(rs.getString(1), kind, rs.getBytes(2))).optional();
    }

    /**
     * Checks that every stored data key is wrapped by a master key at hand and re-wraps those under an older one;
     * then drops the older keys from the file. Returns how many it re-wrapped.
     */
    public int rewrap() {
        MasterKeys current = masters;
        Integer done = tx.execute(s -> {
            List<Row> rows = jdbc.sql("select kind, master_key_id, wrapped from crypto_data_key order by kind for update")
                    .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBytes(3))).list();
            int count = 0;
            for (Row row : rows) {
                SecretKey key = unwrap(row.masterKeyId(), row.kind(), row.wrapped());
                if (!row.masterKeyId().equals(current.currentId())) {
                    jdbc.sql("update crypto_data_key set master_key_id = ?, wrapped = ?, rewrapped_at = now() "
                                    + "where kind = ?")
                            .params(current.currentId(), wrap(current.current(), row.kind(), key.getEncoded()),
                                    row.kind()).update();
                    count++;
                }
            }
            return count;
        });
        if (done > 0) {
            log.warn("Re-wrapped {} data keys under the master key {}", done, current.currentId());
        }
        masters = current.withoutOlderKeys();
        seen = modified(masters.file());
        return done;
    }

    /** A new master key at the top of the file, then every data key re-wrapped under it. */
    public String rotate() {
        if (masters.file() == null) {
            throw new IllegalStateException("the master key comes from KUZET_MASTER_KEY: put a new key first in it "
                    + "(NEW,OLD), restart, and remove OLD after the start that re-wraps");
        }
        masters = MasterKeys.prependNewKey(masters.file());
        rewrap();
        return masters.currentId();
    }

    /** Whether the file got a new current key (keys-rotate beside a running server): then re-wraps under it. */
    public boolean reloadIfChanged() {
        Path file = masters.file();
        if (file == null) {
            return false;
        }
        FileTime now = modified(file);
        if (now == null || now.equals(seen)) {
            return false;
        }
        MasterKeys read = MasterKeys.read(file);
        seen = now;
        if (read.currentId().equals(masters.currentId())) {
            return false;
        }
        masters = read;
        rewrap();
        return true;
    }

    public String currentId() {
        return masters.currentId();
    }

    private record Row(String kind, String masterKeyId, byte[] wrapped) {
    }

    private SecretKey unwrap(String masterKeyId, String kind, byte[] wrapped) {
        SecretKey master = masters.byId().get(masterKeyId);
        if (master == null) {
            throw new IllegalStateException("the data key of " + kind + " is wrapped by the master key "
                    + masterKeyId + ", which is not " + (masters.file() == null ? "in KUZET_MASTER_KEY"
                    : "in " + masters.file()) + " (that holds " + masters.byId().keySet() + "): put back the "
                    + "master key of the Kuzet this database (or backup) comes from");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, master, new GCMParameterSpec(128, wrapped, 0, NONCE));
            cipher.updateAAD(aad(kind));
            return new SecretKeySpec(cipher.doFinal(wrapped, NONCE, wrapped.length - NONCE), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the data key of " + kind + " could not be unwrapped with the master key "
                    + masterKeyId, e);
        }
    }

    private static byte[] wrap(SecretKey master, String kind, byte[] dataKey) {
        try {
            byte[] nonce = new byte[NONCE];
            new SecureRandom().nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, master, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(aad(kind));
            byte[] body = cipher.doFinal(dataKey);
            byte[] out = new byte[NONCE + body.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(body, 0, out, NONCE, body.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not wrap the data key of " + kind, e);
        }
    }

    private static byte[] newDataKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] aad(String kind) {
        return ("kuzet data key " + kind).getBytes(StandardCharsets.UTF_8);
    }

    private static FileTime modified(Path file) {
        try {
            return file == null || !Files.exists(file) ? null : Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }
}
