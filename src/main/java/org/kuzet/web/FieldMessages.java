package org.kuzet.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The rules of the domain name a wrong field in English. A page shows the message beside the field in the reader's
 * language, and the API's problem details say it in the caller's (Accept-Language or ?lang=): the common kinds of
 * problem are recognised and said again from the message files, with the value the person typed; a problem of
 * another kind is shown as the rules wrote it.
 */
@Component
public class FieldMessages {

    private record Kind(Pattern english, String key) {
    }

    /** First match wins; the groups, where present, are the message's arguments (the value the person typed...). */
    private static final List<Kind> KINDS = List.of(
            new Kind(Pattern.compile("^is required: say what the correction changes.*"), "error.correctionNote"),
            new Kind(Pattern.compile("^is required.*"), "error.required"),
            new Kind(Pattern.compile("^'(.*)' is in the future$"), "error.future"),
            new Kind(Pattern.compile("^is in the future \\((.*)\\)$"), "error.future"),
            // a legal case's timeline speaks of case events, not incidents
            new Kind(Pattern.compile("^is in the future \\((.*)\\): only a hearing or a deadline can be set ahead.*"),
                    "error.caseEventAhead"),
            new Kind(Pattern.compile("^is in the future \\((.*)\\): a case is recorded once it has been opened$"),
                    "error.caseOpenedAhead"),
            new Kind(Pattern.compile("^is before the case was opened on (.*)$"), "error.caseEventBeforeOpening"),
            new Kind(Pattern.compile("^is earlier than the previous case event \\((.*)\\).*"), "error.caseEventOrder"),
            new Kind(Pattern.compile("^the case is already filed.*"), "error.caseFiledTwice"),
            new Kind(Pattern.compile("^the case is closed; only an appeal or a cassation can reopen it$"),
                    "error.caseClosed"),
            new Kind(Pattern.compile("^'(.*)' would take the case back from (.*) to (.*)$"), "error.caseBack"),
            new Kind(Pattern.compile("^a judgment must say whether it went in favour of the media$"),
                    "error.judgmentFavour"),
            new Kind(Pattern.compile("^'(.*)' is an article of the (.*) law, but the case is (.*)$"), "error.basisKind"),
            new Kind(Pattern.compile("^the timeline has already reached (.*)$"), "error.stageBehind"),
            new Kind(Pattern.compile("^must not be negative$"), "error.negative"),
            new Kind(Pattern.compile("^'(.*)' is before 1991: mark the incident as historical to record it$"),
                    "error.beforeRecentYears"),
            new Kind(Pattern.compile("^'(.*)' is not a day that exists$"), "error.noSuchDay"),
            new Kind(Pattern.compile("^must be a date written YYYY-MM-DD, YYYY-MM or YYYY, not '(.*)'$"), "error.date"),
            new Kind(Pattern.compile("^must be a whole number, not '(.*)'$"), "error.wholeNumber"),
            new Kind(Pattern.compile("^must be 0 or more, not (.*)$"), "error.notNegative"),
            new Kind(Pattern.compile("^not in the gazetteer: '(.*)'$"), "error.place"),
            new Kind(Pattern.compile("^must be an http or https address, not '(.*)'$"), "error.url"),
            new Kind(Pattern.compile("^must be a whole number of tenge \\(e\\.g\\. [0-9]+\\), not \"?(.*?)\"?$"),
                    "error.wholeNumber"),
            new Kind(Pattern.compile("^no legal case has the number or external id '(.*)'$"), "error.noSuchCase"),
            new Kind(Pattern.compile("^an incident cannot be linked to itself$"), "error.linkedToItself"),
            new Kind(Pattern.compile("^contains a control character.*"), "error.controlCharacter"),
            new Kind(Pattern.compile("^must be a year from (\\d+) to (\\d+), not '(.*)'$"), "error.year"),
            new Kind(Pattern.compile("^must be text$"), "error.text"),
            new Kind(Pattern.compile("^must be a whole number$"), "error.wholeNumberKind"),
            new Kind(Pattern.compile("^must be a number$"), "error.number"),
            new Kind(Pattern.compile("^must be true or false$"), "error.trueOrFalse"),
            new Kind(Pattern.compile("^must be a list$"), "error.list"),
            new Kind(Pattern.compile("^must be an object$"), "error.object"),
            new Kind(Pattern.compile("^has the wrong kind of value$"), "error.wrongKind"),
            new Kind(Pattern.compile("^must be one of (.*), not '(.*)'$"), "error.oneOf"),
            new Kind(Pattern.compile("^unknown category or group code: '(.*)'$"), "error.category"),
            new Kind(Pattern.compile("^must not be before from$"), "error.toBeforeFrom"),
            new Kind(Pattern.compile("^must be 1 or more$"), "error.atLeastOne"),
            new Kind(Pattern.compile("^must be at most (\\d+) characters$"), "error.tooLong"),
            new Kind(Pattern.compile("^is before the request was sent \\((.*) < sent_on (.*)\\)$"),
                    "error.answerBeforeRequest"),
            new Kind(Pattern.compile("^is before sent_on \\((.*) < (.*)\\)$"), "error.deadlineBeforeSent"),
            new Kind(Pattern.compile("^must be a day written YYYY-MM-DD, not '(.*)'$"), "error.day"));

    private final MessageSource messages;

    FieldMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The problems, field by field, in the language of the page. */
    public Map<String, String> inLanguage(Map<String, String> problems, Locale locale) {
        Map<String, String> said = new LinkedHashMap<>();
        problems.forEach((field, message) -> said.put(field, say(message, locale)));
        return said;
    }

    /** One problem in the language of the reader; a kind of problem the message files do not know, as written. */
    public String say(String english, Locale locale) {
        if (english == null) {
            return null;
        }
        for (Kind kind : KINDS) {
            Matcher m = kind.english().matcher(english.strip());
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                return messages.getMessage(kind.key(), args, english, locale);
            }
        }
        return english;
    }
}
