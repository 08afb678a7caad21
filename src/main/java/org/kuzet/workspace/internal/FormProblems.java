package org.kuzet.workspace.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.core.FieldProblem;
import org.kuzet.web.FieldMessages;

/** A refused form's problems, one message per field (several joined), in the reader's language. */
final class FormProblems {

    private FormProblems() {
    }

    static Map<String, String> said(FieldMessages messages, List<FieldProblem> problems, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.merge(p.field(), messages.say(p, locale), (a, b) -> a + "; " + b));
        return byField;
    }
}
