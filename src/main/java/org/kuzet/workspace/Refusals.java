package org.kuzet.workspace;

import java.util.Locale;
import org.kuzet.api.Conflict;
import org.kuzet.api.InvalidInput;
import org.kuzet.web.FieldMessages;
import org.springframework.stereotype.Component;

/** Why a step was refused (a conflict, bad input), in the reader's language, for a staff page to show. */
@Component
class Refusals {

    private final FieldMessages messages;

    Refusals(FieldMessages messages) {
        this.messages = messages;
    }

    String said(RuntimeException e, Locale locale) {
        if (e instanceof Conflict conflict) {
            return messages.say(conflict.key(), conflict.args(), conflict.getMessage(), locale);
        }
        if (e instanceof InvalidInput invalid) {
            return String.join(" ", messages.said(invalid.problems(), locale).stream()
                    .map(FieldMessages.Said::message).toList());
        }
        return e.getMessage();
    }
}
