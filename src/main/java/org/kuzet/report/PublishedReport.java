package org.kuzet.report;

import java.time.OffsetDateTime;
import java.util.Map;

/** One published version of a report: frozen figures and text in each language, hashed, with who and when. */
public record PublishedReport(String period, int version, Map<String, Long> figures, Map<Lang, String> markdown,
        String sha256, String publishedBy, OffsetDateTime publishedAt, String note) {
}
