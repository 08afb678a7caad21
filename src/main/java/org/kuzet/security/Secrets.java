package org.kuzet.security;

import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets for links and tokens: 256 bits, written URL-safe, never stored (only their SHA-256 is). */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String random() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
