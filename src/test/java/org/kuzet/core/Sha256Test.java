package org.kuzet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The helper answers the published test vectors, the same for text, bytes and a stream, and again when reused. */
class Sha256Test {

    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void theStandardVectors() throws Exception {
        assertThat(Sha256.hex("abc")).isEqualTo(ABC);
        assertThat(Sha256.hex(new byte[0])).isEqualTo(EMPTY);
        assertThat(Sha256.hex(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)))).isEqualTo(ABC);
    }

    @Test
    void aReusedDigestStartsAfresh() {
        Sha256.hex("something else first");
        assertThat(Sha256.hex("abc")).isEqualTo(ABC);
    }

    @Test
    void textIsHashedAsUtf8() {
        assertThat(Sha256.hex("Азаттық")).isEqualTo(Sha256.hex("Азаттық".getBytes(StandardCharsets.UTF_8)));
    }
}
