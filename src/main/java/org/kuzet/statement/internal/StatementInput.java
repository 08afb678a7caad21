package org.kuzet.statement.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.kuzet.calendar.PartialDate;
import org.kuzet.core.Texts;
import org.kuzet.reference.JsonRecord;
import org.kuzet.reference.References;

/**
 * An official reply or statement as a client or a dataset file writes it: who said it, when (as precisely as
 * known), where, what, and which incidents it is about. References keep the form they were written in
 * ({@code speaker}, {@code source}, {@code incidents}) for the export; the ids are what they resolved to.
 */
public record StatementInput(String externalId, String speaker, Long speakerId, String speakerName, String speakerRole,
        PartialDate date, String stance, String venue, String url, String summary, String quote, String source,
        Long sourceId, List<String> incidents, List<Long> incidentIds, Texts texts) {

    public StatementInput {
        // the summary is the original; the texts hold its language and its translations (a statement has no title)
        texts = texts == null ? Texts.of(null, summary) : texts.withOriginal(null, summary);
    }

    static final List<String> STANCES = List.of("rebuttal", "acknowledgement", "statement", "concern");
    public static final List<String> FIELDS = List.of("external_id", "speaker", "speaker_name", "speaker_role", "date",
            "stance", "venue", "url", "summary", "quote", "source", "incidents", "language", "translations");

    /**
     * @param actorNames the name of an actor by id: a statement naming its speaker by actor may leave out
     *     speaker_name
     */
    public static StatementInput read(JsonRecord r, References references, LongFunction<Optional<String>> actorNames,
            LocalDate today) {
        Long speakerId = r.reference("speaker", "actors", references, false);
        String speakerName = r.text("speaker_name", speakerId == null && !r.has("speaker"));
        if (speakerName == null && speakerId != null) {
            speakerName = actorNames.apply(speakerId).orElse(null);
        }
        String stance = r.choice("stance", STANCES, false);
        String summary = r.text("summary", true);
        return new StatementInput(r.text("external_id", false), r.raw("speaker"), speakerId, speakerName,
                r.text("speaker_role", false), r.date("date", true, today), stance == null ? "statement" : stance,
                r.text("venue", false), r.url("url"), summary, r.text("quote", false),
                r.raw("source"), r.reference("source", "sources", references, false),
                r.rawItems("incidents").stream().distinct().sorted().toList(),
                r.references("incidents", "incidents", references), r.texts(null, summary));
    }

    Map<String, Object> toRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("external_id", externalId);
        record.put("speaker", speaker);
        record.put("speaker_name", speakerName);
        record.put("speaker_role", speakerRole);
        record.put("date", date.toString());
        record.put("stance", stance);
        record.put("venue", venue);
        record.put("url", url);
        record.put("summary", summary);
        record.put("quote", quote);
        record.put("source", source);
        record.put("incidents", incidents);
        record.put("language", texts.language());
        if (!texts.translations().isEmpty()) {
            record.put("translations", texts.translations());
        }
        return record;
    }
}
