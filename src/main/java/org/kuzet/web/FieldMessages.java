package org.kuzet.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.core.FieldProblem;
import org.kuzet.core.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says a {@link FieldProblem} in the reader's language: its key and arguments resolved through the one message
 * source. A page shows each message beside its field; the API answers in the caller's language (Accept-Language or
 * {@code ?lang=}), and in English with the problem's own API wording, which its clients read.
 */
@Component
public class FieldMessages {

    /** A problem as it is shown or answered: the field and the sentence. */
    public record Said(String field, String message) {
    }

    private final MessageSource messages;

    FieldMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** One problem in the reader's language; its API English if the message files lack the key. */
    public String say(FieldProblem problem, Locale locale) {
        return say(problem.key(), problem.args(), problem.message(), locale);
    }

    /** A problem that is no field's (a conflict), said by its key in the reader's language. */
    public String say(String key, List<String> args, String english, Locale locale) {
        return messages.getMessage(key, args.toArray(), english, locale);
    }

    /** A problem that is no field's, for an API caller: its API English, or the caller's language. */
    public String forApi(String key, List<String> args, String english, Locale locale) {
        return Languages.of(locale).equals("en") ? english : say(key, args, english, locale);
    }


    /** The problems in the reader's language, in their order (a page's list of what is wrong). */
    public List<Said> said(List<FieldProblem> problems, Locale locale) {
        return problems.stream().map(p -> new Said(p.field(), say(p, locale))).toList();
    }

    /** The problems for an API caller: the API's English, or the caller's language when they ask for another. */
    public List<Said> forApi(List<FieldProblem> problems, Locale locale) {
        if (Languages.of(locale).equals("en")) {
            return problems.stream().map(p -> new Said(p.field(), p.message())).toList();
        }
        return said(problems, locale);
    }

    /** A form's problems, the first of each field, in the reader's language: what each field shows beside it. */
    public Map<String, String> byField(List<FieldProblem> problems, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.computeIfAbsent(p.field(), f -> say(p, locale)));
        return byField;
    }
}
