package org.kuzet.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.function.Function;
import javax.crypto.SecretKey;
import org.kuzet.crypto.internal.AesGcm;

/**
 * Seals and opens confidential values with the JDK's AES-GCM (256-bit data key of the record kind, a fresh 96-bit
 * nonce per value, the kind as associated data so that a value cannot be moved to another kind's column). A sealed
 * text is {@value #PREFIX} and the Base64 of nonce and ciphertext; a text without the prefix was stored before
 * encryption and is returned as it is until {@link SealsExisting} seals it.
 *
 * <p>{@link #open} asks {@link FieldReaders} (the security module's table of who sees what) whether the caller at
 * hand may read that field of that kind; for anyone else the value stays closed and reads as null. {@link
 * #openForServer} is for what the server itself works with and never shows (a TOTP secret checked against a typed
 * code, a report compared with another in memory).
 */
public final class FieldCipher {

    public static final String PREFIX = "kzc1:";
    private static final byte[] BYTES_MAGIC = "KZC1".getBytes(StandardCharsets.US_ASCII);

    private final Function<String, SecretKey> dataKeys;
    private final FieldReaders readers;

    /** {@code dataKeys}: the data key of a record kind, made on first use; {@code readers}: who may read a field. */
    public FieldCipher(Function<String, SecretKey> dataKeys, FieldReaders readers) {
        this.dataKeys = dataKeys;
        this.readers = readers;
    }

    /** Whether a stored text is sealed. */
    public static boolean sealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** The sealed form of a confidential value of a record kind (null stays null; a sealed value stays as it is). */
    public String seal(String kind, String plain) {
        if (plain == null || sealed(plain)) {
            return plain;
        }
        return PREFIX + Base64.getEncoder().encodeToString(encrypt(kind, plain.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The value of a stored field of a record kind, for the caller (see the class comment): null when the caller may
     * not see it.
     */
    public String open(String kind, String field, String stored) {
        if (!sealed(stored)) {
            return stored;
        }
        return readers.mayRead(kind, field) ? openForServer(kind, stored) : null;
    }

    /**
     * The value of a stored field of a record kind whoever the caller is: only for what the server works with and
     * never answers with (the caller may be a correspondent, or somebody half signed in).
     */
    public String openForServer(String kind, String stored) {
        if (!sealed(stored)) {
            return stored;
        }
        byte[] sealedBytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        return new String(decrypt(kind, sealedBytes), StandardCharsets.UTF_8);
    }

    /** Sealed bytes (a confidential file): a four-byte mark, then nonce and ciphertext. */
    public byte[] sealBytes(String kind, byte[] plain) {
        byte[] sealedBytes = encrypt(kind, plain);
        byte[] out = new byte[BYTES_MAGIC.length + sealedBytes.length];
        System.arraycopy(BYTES_MAGIC, 0, out, 0, BYTES_MAGIC.length);
        System.arraycopy(sealedBytes, 0, out, BYTES_MAGIC.length, sealedBytes.length);
        return out;
    }

    /** Bytes as stored: opened when sealed by {@link #sealBytes}, as they are otherwise (stored before). */
    public byte[] openBytes(String kind, byte[] stored) {
        if (!sealedBytes(stored)) {
            return stored;
        }
        byte[] body = new byte[stored.length - BYTES_MAGIC.length];
        System.arraycopy(stored, BYTES_MAGIC.length, body, 0, body.length);
        return decrypt(kind, body);
    }

    /** How many first bytes {@link #sealedBytes} needs to tell a sealed file. */
    public static final int HEADER_BYTES = 4;

    /** Whether bytes (or their first {@link #HEADER_BYTES}) were sealed by {@link #sealBytes}. */
    public static boolean sealedBytes(byte[] stored) {
        if (stored == null || stored.length < BYTES_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < BYTES_MAGIC.length; i++) {
            if (stored[i] != BYTES_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private byte[] encrypt(String kind, byte[] plain) {
        try {
            return AesGcm.seal(dataKeys.apply(kind), aad(kind), plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal a value of kind " + kind, e);
        }
    }

    private byte[] decrypt(String kind, byte[] sealedBytes) {
        try {
            return AesGcm.open(dataKeys.apply(kind), aad(kind), sealedBytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed value of kind " + kind
                    + " could not be opened: it was changed, or sealed under another data key", e);
        }
    }

    private static byte[] aad(String kind) {
        return ("kuzet field " + kind).getBytes(StandardCharsets.UTF_8);
    }
}
