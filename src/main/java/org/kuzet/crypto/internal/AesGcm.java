package org.kuzet.crypto.internal;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The JDK's AES-GCM as the module uses it everywhere (values, files, wrapped data keys): a fresh 96-bit random
 * nonce per message, a 128-bit tag, associated data naming what the message is; the output is nonce then
 * ciphertext with its tag.
 */
public final class AesGcm {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AesGcm() {
    }

    public static byte[] seal(SecretKey key, byte[] associated, byte[] plain) throws GeneralSecurityException {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associated);
        byte[] body = cipher.doFinal(plain);
        byte[] out = new byte[NONCE + body.length];
        System.arraycopy(nonce, 0, out, 0, NONCE);
        System.arraycopy(body, 0, out, NONCE, body.length);
        return out;
    }

    /** @throws GeneralSecurityException when the key or the associated data differ, or a byte was changed */
    public static byte[] open(SecretKey key, byte[] associated, byte[] sealed) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
        cipher.updateAAD(associated);
        return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
    }
}
