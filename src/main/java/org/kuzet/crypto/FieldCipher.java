package org.kuzet.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Function;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.kuzet.security.Viewer;
import org.kuzet.security.Visibility;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Seals and opens confidential values with the JDK's AES-GCM (256-bit data key of the record kind, a fresh 96-bit
 * nonce per value, the kind as associated data so that a value cannot be moved to another kind's column). A sealed
 * text is {@value #PREFIX} and the Base64 of nonce and ciphertext; a text without the prefix was stored before
 * encryption and is returned as it is until {@link SealsExisting} seals it.
 *
 * <p>Opening follows {@link Visibility}: for a web caller (signed in, or the anonymous public), a value is opened only
 * if that viewer may see that field of that kind (an {@code AUTHOR} field: any signed-in account, the reader then
 * keeps a correspondent to their own records); for anyone else it stays closed and reads as null. Where nobody is
 * signed in at all (commands, scheduled work, the import) the operator holds the key and the value is opened.
 */
public final class FieldCipher {

    public static final String PREFIX = "kzc1:";
    private static final byte[] BYTES_MAGIC = "KZC1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final Function<String, SecretKey> dataKeys;
    private final SecureRandom random = new SecureRandom();

    /** {@code dataKeys}: the data key of a record kind, made on first use. */
    public FieldCipher(Function<String, SecretKey> dataKeys) {
        this.dataKeys = dataKeys;
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
        if (!callerSees(kind, field)) {
            return null;
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

    private static boolean callerSees(String kind, String field) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null) {
            return true; // no web caller (every web request has one, anonymous for the public): a command or a job
        }
        Viewer viewer = Viewer.of(caller);
        Visibility.Level level = Visibility.of(kind, field);
        if (level == Visibility.Level.PUBLIC) {
            // a field public on a public record and sealed while its record is hidden (a confidential source's text)
            level = Visibility.ofRecord(kind);
        }
        return level == Visibility.Level.AUTHOR ? viewer.isSignedIn() : viewer.sees(level, null);
    }

    private byte[] encrypt(String kind, byte[] plain) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, dataKeys.apply(kind), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(kind));
            byte[] body = cipher.doFinal(plain);
            byte[] out = new byte[NONCE + body.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(body, 0, out, NONCE, body.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal a value of kind " + kind, e);
        }
    }

    private byte[] decrypt(String kind, byte[] sealedBytes) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, dataKeys.apply(kind),
                    new GCMParameterSpec(TAG_BITS, sealedBytes, 0, NONCE));
            cipher.updateAAD(aad(kind));
            return cipher.doFinal(sealedBytes, NONCE, sealedBytes.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed value of kind " + kind
                    + " could not be opened: it was changed, or sealed under another data key", e);
        }
    }

    private static byte[] aad(String kind) {
        return ("kuzet field " + kind).getBytes(StandardCharsets.UTF_8);
    }
}
