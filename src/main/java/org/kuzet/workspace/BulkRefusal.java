package org.kuzet.workspace;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.kuzet.web.FieldMessages;

/**
 * Why the incident door refused one record of a bulk action, kept as message keys so that it is said in the
 * language of whoever reads the progress page.
 *
 * @param key the message saying why ({@code bulk.refused.*})
 * @param state the state the record was in, for {@code bulk.refused.state}; else null
 * @param fields the fields the rules found wrong, as they named them (said again by {@link FieldMessages})
 */
record BulkRefusal(String key, String state, Map<String, String> fields) {

    static final String STATE = "bulk.refused.state";
    static final String FIELDS = "bulk.refused.fields";

    static BulkRefusal because(String key) {
        return new BulkRefusal(key, null, Map.of());
    }

    static BulkRefusal inState(String state) {
        return new BulkRefusal(STATE, state, Map.of());
    }

    static BulkRefusal wrong(Map<String, String> fields) {
        return new BulkRefusal(FIELDS, null, Map.copyOf(fields));
    }

    String said(MessageSource messages, FieldMessages fieldMessages, Locale locale) {
        if (key.equals(FIELDS)) {
            return fieldMessages.inLanguage(fields, locale).entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
        }
        Object[] args = state == null ? null
                : new Object[] {messages.getMessage("ws.state." + state, null, state, locale)};
        return messages.getMessage(key, args, locale);
    }
}
