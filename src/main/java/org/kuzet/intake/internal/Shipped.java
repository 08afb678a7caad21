package org.kuzet.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;

/** The files the intake serves as they ship in the jar: the XForm and the service worker. */
final class Shipped {

    private Shipped() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " ships in the jar", e);
        }
    }
}
