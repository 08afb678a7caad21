package org.kuzet.portal.internal;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.kuzet.core.Languages;
import org.kuzet.portal.PublicIncidents;
import org.kuzet.portal.PublicListFilter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a download or feed of the public list holds, in the visitor's language: the filter (each value as the list
 * names it) and how many of all published incidents it selects, so that a file quoted later still says what it is.
 */
@Component
class DownloadNote {

    /** The note's parts: the sentence, the filter as words, and the two counts. */
    record Note(String text, String filter, long selected, long published) {
    }

    private final PublicIncidents incidents;
    private final MessageSource messages;

    private final ActiveFilters chips;

    DownloadNote(PublicIncidents incidents, MessageSource messages, ActiveFilters chips) {
        this.chips = chips;
        this.incidents = incidents;
        this.messages = messages;
    }

    Note of(PublicListFilter filter, Locale locale) {
        String lang = Languages.of(locale);
        long selected = incidents.list(filter, 0, 1, lang).total();
        long published = incidents.list(PublicListFilter.NONE, 0, 1, lang).total();
        String described = describe(filter, lang, locale);
        String text = messages.getMessage("download.note", new Object[] {messages.getMessage("app.name", null, locale),
            selected, published, described}, locale);
        return new Note(text, described, selected, published);
    }

    /** The filter in words ("Region: Kostanay region; Year: 2024"), or "no filter" in the visitor's language. */
    String describe(PublicListFilter filter, String lang, Locale locale) {
        StringJoiner words = new StringJoiner("; ");
        if (filter.q() != null) {
            words.add(messages.getMessage("filter.name.q", null, locale) + ": " + filter.q());
        }
        List<ActiveFilters.Chip> active = chips.of(filter, incidents.facets(filter, lang), locale, "");
        active.forEach(c -> words.add(c.name() + ": " + c.label()));
        return words.length() == 0 ? messages.getMessage("download.note.none", null, locale) : words.toString();
    }
}
