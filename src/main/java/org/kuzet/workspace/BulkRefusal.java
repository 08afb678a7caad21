package org.kuzet.workspace;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kuzet.core.FieldProblem;
import org.springframework.context.MessageSource;
import org.kuzet.web.FieldMessages;

/**
 * Why the incident door refused one record of a bulk action, kept as message keys so that it is said in the
 * language of whoever reads the progress page.
 *
 * @param key the message saying why ({@code bulk.refused.*})
 * @param state the state the record was in, for {@code bulk.refused.state}; else null
 * @param problems what the rules found wrong, by key (said in the reader's language by {@link FieldMessages})
 */
record BulkRefusal(String key, String state, List<FieldProblem> problems) {

    static final String STATE = "bulk.refused.state";
    static final String FIELDS = "bulk.refused.fields";

    static BulkRefusal because(String key) {
        return new BulkRefusal(key, null, List.of());
    }

    static BulkRefusal inState(String state) {
        return new BulkRefusal(STATE, state, List.of());
    }

    static BulkRefusal wrong(List<FieldProblem> problems) {
        return new BulkRefusal(FIELDS, null, List.copyOf(problems));
    }

    String said(MessageSource messages, FieldMessages fieldMessages, Locale locale) {
        if (key.equals(FIELDS)) {
            return fieldMessages.said(problems, locale).stream().map(p -> p.field() + ": " + p.message())
                    .collect(Collectors.joining("; "));
        }
        Object[] args = state == null ? null
                : new Object[] {messages.getMessage("ws.state." + state, null, state, locale)};
        return messages.getMessage(key, args, locale);
    }
}
