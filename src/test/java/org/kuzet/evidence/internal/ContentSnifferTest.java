package org.kuzet.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Types come from the bytes, not from names or claims. */
class ContentSnifferTest {

    @Test
    void knownSignaturesAreRecognised() {
        assertThat(ContentSniffer.sniff("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))).contains(ContentType.PDF);
        assertThat(ContentSniffer.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}))
                .contains(ContentType.PNG);
        assertThat(ContentSniffer.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0}))
                .contains(ContentType.JPEG);
    }

    @Test
    void utf8TextAndPagesAreTextAndHtml() {
        assertThat(ContentSniffer.sniff("Суд оштрафовал редакцию на 200 000 тенге.\n".getBytes(StandardCharsets.UTF_8)))
                .contains(ContentType.TEXT);
        assertThat(ContentSniffer.sniff("\uFEFF  <!DOCTYPE html><html><body>Азаттық</body></html>"
                .getBytes(StandardCharsets.UTF_8))).contains(ContentType.HTML);
    }

    @Test
    void otherFilesAreNotRecognised() {
        assertThat(ContentSniffer.sniff(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0})).as("a Windows program").isEmpty();
        assertThat(ContentSniffer.sniff(new byte[] {'P', 'K', 3, 4, 20, 0})).as("a zip").isEmpty();
        assertThat(ContentSniffer.sniff("Журналист".getBytes(Charset.forName("windows-1251"))))
                .as("text not in UTF-8").isEmpty();
    }
}
