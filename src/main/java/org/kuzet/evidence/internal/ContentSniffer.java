package org.kuzet.evidence.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells what a file is from its bytes, never from its name or the type the uploader claimed: PDF, PNG and JPEG by
 * their signatures; text when it is valid UTF-8 without control characters; HTML when such text starts like a page.
 */
public final class ContentSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final String[] HTML_STARTS = {"<!doctype html", "<html", "<head", "<body", "<!--"};

    private ContentSniffer() {
    }

    public static Optional<ContentType> sniff(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of(ContentType.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(ContentType.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(ContentType.JPEG);
        }
        Optional<String> text = utf8Text(content);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String start = text.get().strip().toLowerCase(Locale.ROOT);
        for (String html : HTML_STARTS) {
            if (start.startsWith(html)) {
                return Optional.of(ContentType.HTML);
            }
        }
        return Optional.of(ContentType.TEXT);
    }

    private static Optional<String> utf8Text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                    return Optional.empty();
                }
            }
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
