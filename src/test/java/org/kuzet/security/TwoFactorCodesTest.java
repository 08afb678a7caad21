package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The TOTP arithmetic against RFC 6238's own test vectors (SHA-1, the secret "12345678901234567890", whose last six
 * digits an app shows), the neighbouring steps a phone's clock may be off by, and recovery codes.
 */
class TwoFactorCodesTest {

    /** "12345678901234567890" in base 32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private final TwoFactorCodes codes = TwoFactorCodes.INSTANCE;

    @Test
    void theRfcsCodesAreTakenAtTheirTimes() {
        // RFC 6238, appendix B: 94287082 at 59 s, 07081804 at 1111111109 s, 89005924 at 1234567890 s
        assertThat(codes.step(RFC_SECRET, "287082", Instant.ofEpochSecond(59))).hasValue(1);
        assertThat(codes.step(RFC_SECRET, "081804", Instant.ofEpochSecond(1111111109L))).hasValue(37037036);
        assertThat(codes.step(RFC_SECRET, "005 924", Instant.ofEpochSecond(1234567890L))).as("spaces are ignored")
                .hasValue(41152263);
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsTakenButNotOneFurther() {
        Instant at = Instant.ofEpochSecond(1234567890L);
        assertThat(codes.step(RFC_SECRET, "005924", at.plusSeconds(30))).hasValue(41152263);
        assertThat(codes.step(RFC_SECRET, "005924", at.minusSeconds(30))).hasValue(41152263);
        assertThat(codes.step(RFC_SECRET, "005924", at.plusSeconds(90))).isEmpty();
        assertThat(codes.step(RFC_SECRET, "005925", at)).isEmpty();
        assertThat(codes.step(RFC_SECRET, "", at)).isEmpty();
        assertThat(codes.step(RFC_SECRET, "abcdef", at)).isEmpty();
    }

    @Test
    void aNewSecretMakesCodesAndAQrCodeAnAppReads() {
        String secret = codes.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        Instant now = Instant.parse("2026-12-07T05:00:00Z");
        String shown = codes.code(secret, now.getEpochSecond() / 30);
        assertThat(codes.step(secret, shown, now)).hasValue(now.getEpochSecond() / 30);
        assertThat(codes.address("aigerim", secret)).startsWith("otpauth://totp/").contains("secret=" + secret,
                "issuer=Kuzet", "digits=6", "period=30");
        byte[] png = codes.qrPng("aigerim", secret);
        assertThat(png).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void recoveryCodesAreTenDifferentAndMatchWhateverCaseOrDashes() {
        var recovery = codes.recoveryCodes();
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        String one = recovery.get(0);
        assertThat(TwoFactorCodes.recoveryHash(one.toUpperCase().replace("-", " ")))
                .isEqualTo(TwoFactorCodes.recoveryHash(one));
        assertThat(TwoFactorCodes.recoveryHash(recovery.get(1))).isNotEqualTo(TwoFactorCodes.recoveryHash(one));
    }
}
