package org.kuzet.workspace.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.core.FieldProblem;
import org.kuzet.web.FieldMessages;

/**
 * A refused form's problems, one message per field (several joined), in the reader's language. A problem with one
 * item of a list ({@code incidents[0]}, as the API names it) belongs to the form's field for the list: a form has
 * one box for it, and the message was otherwise shown nowhere.
 */
final class FormProblems {

    private FormProblems() {
    }

    static Map<String, String> said(FieldMessages messages, List<FieldProblem> problems, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.merge(p.field().replaceFirst("\\[\\d+]$", ""), messages.say(p, locale),
                (a, b) -> a + "; " + b));
        return byField;
    }
}
