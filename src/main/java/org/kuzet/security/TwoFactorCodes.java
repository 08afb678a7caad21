package org.kuzet.security;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The arithmetic of two-factor sign-in, done by {@code dev.samstevens.totp}: a secret, the QR code an authenticator
 * app scans, recovery codes, and which 30-second step a typed code belongs to. A code of the step before or after
 * is taken too (a phone's clock a little off, a code typed as it changed); the caller refuses a step already used.
 */
final class TwoFactorCodes {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;
    static final int RECOVERY_CODES = 10;
    private static final String ISSUER = "Kuzet";

    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    private TwoFactorCodes() {
    }

    static final TwoFactorCodes INSTANCE = new TwoFactorCodes();

    /** A new secret: 32 base-32 characters, 160 bits, as RFC 4226 recommends. */
    String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The otpauth:// address an app reads from the QR code. */
    String address(String username, String secret) {
        return qrData(username, secret).getUri();
    }

    /** The QR code holding {@link #address} as a PNG image. */
    byte[] qrPng(String username, String secret) {
        try {
            return new ZxingPngQrGenerator().generate(qrData(username, secret));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("the QR code of a 32-character secret always fits", e);
        }
    }

    private static QrData qrData(String username, String secret) {
        return new QrData.Builder().label(username).secret(secret).issuer(ISSUER).algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS).period(PERIOD_SECONDS).build();
    }

    /** The time step a typed code was made for, among the one now and its neighbours; empty when it fits none. */
    OptionalLong step(String secret, String typed, Instant now) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = Math.floorDiv(now.getEpochSecond(), PERIOD_SECONDS);
        for (long step = current - 1; step <= current + 1; step++) {
            if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of a time step (tests and scripts compute the code an app would show the same way). */
    String code(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalArgumentException("secret: not a base-32 TOTP secret", e);
        }
    }

    /** Ten recovery codes, shown once; each is four groups of four letters and digits. */
    List<String> recoveryCodes() {
        return List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
    }

    /** A recovery code as it is stored (hashed), whatever case and dashes it was typed with. */
    static String recoveryHash(String typed) {
        String plain = typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        return org.kuzet.core.Sha256.hex(plain.getBytes(StandardCharsets.UTF_8));
    }
}
