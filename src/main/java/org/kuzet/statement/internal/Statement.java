package org.kuzet.statement.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kuzet.core.Texts;

/** An official reply or statement, beside the incidents it is about. */
public record Statement(long id, String externalId, Long speaker, String speakerName, String speakerRole,
        String date, String stance, String venue, String url, String summary, String quote, Long source,
        List<Long> incidents, int revision, Instant createdAt, Instant updatedAt, String language,
        Map<String, Texts.Translation> translations) {

    Statement withoutSource() {
        return new Statement(id, externalId, speaker, speakerName, speakerRole, date, stance, venue, url, summary,
                quote, null, incidents, revision, createdAt, updatedAt, language, translations);
    }
}
