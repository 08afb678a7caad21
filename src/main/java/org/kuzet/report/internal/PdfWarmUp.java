package org.kuzet.report.internal;

import org.kuzet.report.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders one small PDF in the background once Kuzet serves, so that the first report a visitor downloads does not
 * pay for loading the PDF renderer's classes and parsing the DejaVu fonts (most of a first PDF's time). Turned off
 * in the tests, which start many application contexts.
 */
@Component
@ConditionalOnProperty(name = "kuzet.report.warm-pdf", havingValue = "true", matchIfMissing = true)
class PdfWarmUp {

    private static final Logger log = LoggerFactory.getLogger(PdfWarmUp.class);

    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        Thread.ofVirtual().name("pdf-warm-up").start(() -> {
            try {
                String html = Formats.html("# Қазақстан — Kazakhstan — Казахстан\n\n**1** 2 3", Lang.KK, "Kuzet");
                Formats.pdf(html, new ArchivePdf.Edition("Kuzet", Lang.KK, "2024-01", null, null, "{}"));
            } catch (RuntimeException e) {
                // a failed warm-up only means the first real PDF is slower; it will fail on its own if it must
                log.debug("PDF warm-up failed", e);
            }
        });
    }
}
