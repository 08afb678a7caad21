package org.kuzet.context;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.core.Texts;
import org.kuzet.core.Untranslated;
import org.kuzet.context.internal.ContextEventWriter;
import org.kuzet.security.Viewer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Context events as other modules record them: by the API's rules, each write announced. Those read from archived
 * reports come in as drafts that a monitor reviews and publishes; until then the public, the reports and the sources
 * they cite do not show them.
 */
@Component
public class ContextEvents {

    private final ContextEventWriter writer;

    ContextEvents(ContextEventWriter writer) {
        this.writer = writer;
    }

    /**
     * Records a context event by the API's rules: the fields are those of the API's body ({@code date},
     * {@code place}, {@code kind}, {@code title}, {@code description}, {@code url}, {@code source} as an id).
     *
     * @param by the account (or {@code cli:<user>}) recording it
     * @throws org.kuzet.api.InvalidInput naming each field that is wrong; nothing is stored then
     */
    public long record(JsonNode fields, String by) {
        return writer.record(fields, by);
    }

    /** What recording a draft did: the draft's id, or the id of the event it repeats (nothing new written then). */
    public record Drafted(long id, boolean repeated) {
    }

    /**
     * Records a context event as a draft for review, by the API's rules (fields as {@link #record}). An event with
     * the same date and title is the same event: its id is given back and nothing is written.
     *
     * @throws org.kuzet.api.InvalidInput naming each field that is wrong; nothing is stored then
     */
    public Drafted recordDraft(JsonNode fields, String by) {
        return writer.recordDraft(fields, by);
    }

    /**
     * Publishes a draft after review (monitors and up).
     *
     * @throws org.kuzet.api.Forbidden for anyone else
     * @throws org.kuzet.api.NotFound when there is no such draft
     */
    public void publish(long id, Viewer by) {
        writer.publish(id, by);
    }

    /** The drafts waiting for review, oldest event first. */
    public List<ContextDraft> drafts() {
        return writer.drafts();
    }

    /**
     * Stores the translations of the event's title and description typed beside the original (monitors and up);
     * the original and everything else stay as they are. Announced as a change.
     *
     * @throws org.kuzet.api.Forbidden for anyone else
     * @throws org.kuzet.api.InvalidInput naming each translation that is wrong; nothing is stored then
     * @throws org.kuzet.api.NotFound when there is no such event
     */
    public void translate(long id, Map<String, Texts.Translation> translations, Viewer by) {
        writer.translate(id, translations, by);
    }

    /** The event's title and description with their translations; empty when there is no such event. */
    public Optional<Texts> texts(long id) {
        return writer.texts(id);
    }

    /** The published events within these days whose title or description lacks a translation, by date. */
    public List<Untranslated> untranslated(LocalDate from, LocalDate to) {
        return writer.untranslated(from, to);
    }
}
