package org.kuzet.crypto.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The master keys: the current one (first) and, during a rotation, older ones still needed to unwrap data keys.
 * Each is 256 random bits, named by an id derived from it (so the database can say which key wrapped a data key
 * without holding the key). They come from {@code KUZET_MASTER_KEY} (Base64 keys separated by commas, current
 * first) or from a file of one Base64 key a line (current first; lines starting with # are comments).
 */
record MasterKeys(Map<String, SecretKey> byId, String currentId, Path file) {

    private static final int KEY_BYTES = 32;

    static MasterKeys parse(String keys, Path file) {
        Map<String, SecretKey> byId = new LinkedHashMap<>();
        for (String line : keys.split("[,\\n]")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("the master key " + where(file) + " is not Base64");
            }
            if (raw.length != KEY_BYTES) {
                throw new IllegalStateException("the master key " + where(file) + " must be 32 bytes (256 bits), not "
                        + raw.length);
            }
            byId.put(id(raw), new SecretKeySpec(raw, "AES"));
        }
        if (byId.isEmpty()) {
            throw new IllegalStateException("no master key " + where(file));
        }
        return new MasterKeys(byId, byId.keySet().iterator().next(), file);
    }

    static MasterKeys read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.US_ASCII), file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the master key file " + file, e);
        }
    }

    /** A new random master key, as Base64. */
    static String newKey() {
        byte[] raw = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    /** Writes a new file holding one new key, readable by its owner only; refuses to replace an existing file. */
    static MasterKeys create(Path file) {
        if (Files.exists(file)) {
            throw new UncheckedIOException(new FileAlreadyExistsException(file.toString()));
        }
        write(file, List.of(newKey()));
        return read(file);
    }

    /** Puts a new current key at the top of the file, keeping the older ones until everything is re-wrapped. */
    static MasterKeys prependNewKey(Path file) {
        List<String> keys = new ArrayList<>();
        keys.add(newKey());
        keys.addAll(keysIn(file));
        write(file, keys);
        return read(file);
    }

    /** Keeps only the current key in the file (once no data key is wrapped by an older one). */
    MasterKeys withoutOlderKeys() {
        if (file == null || byId.size() == 1) {
            return this;
        }
        write(file, List.of(keysIn(file).get(0)));
        return read(file);
    }

    /** The default key file: beside the data directory, named after it (not in it: a copy of it carries no key). */
    static Path besideDataDir(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        return dir.resolveSibling(dir.getFileName() + ".master-key");
    }

    SecretKey current() {
        return byId.get(currentId);
    }

    private static List<String> keysIn(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.US_ASCII).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the master key file " + file, e);
        }
    }

    /** Written beside the file and moved over it, so a reader never sees half a file. */
    private static void write(Path file, List<String> keys) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, file.getFileName().toString(), ".part");
            try {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's own protection applies
            }
            StringBuilder text = new StringBuilder("# Kuzet master key (current first). Keep a copy apart from the "
                    + "backups: without it the confidential fields cannot be read.\n");
            keys.forEach(k -> text.append(k).append('\n'));
            Files.writeString(partial, text, StandardCharsets.US_ASCII);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the master key file " + file, e);
        }
    }

    private static String id(byte[] raw) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("kuzet master key id ".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(raw), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String where(Path file) {
        return file == null ? "in KUZET_MASTER_KEY" : "in " + file;
    }
}
