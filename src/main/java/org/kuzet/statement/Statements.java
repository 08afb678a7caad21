package org.kuzet.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.actor.Actors;
import org.kuzet.calendar.PartialDate;
import org.kuzet.core.Texts;
import org.kuzet.core.Untranslated;
import org.kuzet.security.Viewer;
import org.kuzet.reference.ApiReferences;
import org.kuzet.reference.JsonRecord;
import org.kuzet.core.Today;
import org.kuzet.statement.internal.StatementInput;
import org.kuzet.statement.internal.StatementStore;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Official replies as other features' pages record them. */
@Component
public class Statements {

    /**
     * An official reply linked to an incident: its summary in the language asked for where translated, else the
     * original in its own language ({@code summaryLanguage}).
     */
    public record Reply(long id, String speaker, String role, PartialDate date, String stance, String summary,
                        String summaryLanguage, String quote, String url) {
    }

    private final StatementStore store;
    private final ApiReferences references;
    private final Actors actors;

    Statements(StatementStore store, ApiReferences references, Actors actors) {
        this.store = store;
        this.references = references;
        this.actors = actors;
    }

    /**
     * Records an official reply by the same rules as the API; the fields are those of the API's body
     * ({@code speaker_name}, {@code speaker_role}, {@code date}, {@code stance}, {@code summary}, {@code quote},
     * {@code url}, {@code incidents}).
     *
     * @throws org.kuzet.api.InvalidInput naming each field that is wrong; nothing is stored then
     */
    public long record(JsonNode fields) {
        JsonRecord record = new JsonRecord(fields, StatementInput.FIELDS);
        StatementInput input = StatementInput.read(record, references, actors::name,
                java.time.LocalDate.now(Today.CLOCK));
        record.throwIfInvalid();
        return store.add(input);
    }

    /**
     * Stores the translations of the statement's summary typed beside the original (monitors and up, as the
     * staff's list of what is untranslated); the original and everything else stay as they are.
     *
     * @throws org.kuzet.api.Forbidden for anyone else
     * @throws org.kuzet.api.InvalidInput naming each translation that is wrong; nothing is stored then
     */
    public void translate(long id, Map<String, Texts.Translation> translations, Viewer by) {
        if (!by.isMonitor()) {
            throw new org.kuzet.api.Forbidden("Only monitors, editors and admins translate statements.");
        }
        store.translate(id, translations);
    }

    /** The statement's summary and its translations; empty when there is no such statement. */
    public Optional<Texts> texts(long id) {
        return store.texts(id);
    }

    /**
     * The replies linked to the incident, oldest first, each summary in {@code lang} where translated ({@code null}:
     * the originals). Whether the reader may see the incident is the caller's to check.
     */
    public List<Reply> repliesTo(long incident, String lang) {
        return store.repliesTo(incident, lang);
    }

    /** The statements made within these days whose summary lacks a translation, by date. */
    public List<Untranslated> untranslated(LocalDate from, LocalDate to) {
        return store.untranslated(from, to);
    }
}
