package org.kuzet.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kuzet.actor.Actors;
import org.kuzet.api.InvalidInput;
import org.kuzet.context.ContextEvents;
import org.kuzet.core.Languages;
import org.kuzet.core.Texts;
import org.kuzet.legalcase.LegalCaseBook;
import org.kuzet.security.Viewer;
import org.kuzet.statement.Statements;
import org.kuzet.web.FieldMessages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The translation form of the records the staff's list of what is untranslated names besides incidents (which
 * have their own form): a legal case's title, a statement's summary, a context event's title and description, an
 * actor's description. The original stands in the first column as written; the other two languages beside it. Each
 * owner stores what is typed by its own rules and announces the change.
 */
@Controller
class TranslationForms {

    /** What a kind of record has to translate: a title, a summary (or description), or both. */
    private record Kind(boolean title, String summaryLabel) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "case", new Kind(true, null),
            "statement", new Kind(false, "ws.texts.summary."),
            "context", new Kind(true, "ws.translations.description."),
            "actor", new Kind(false, "ws.translations.description."));

    private final LegalCaseBook cases;
    private final Statements statements;
    private final ContextEvents context;
    private final Actors actors;
    private final FieldMessages fieldMessages;

    TranslationForms(LegalCaseBook cases, Statements statements, ContextEvents context, Actors actors,
            FieldMessages fieldMessages) {
        this.cases = cases;
        this.statements = statements;
        this.context = context;
        this.actors = actors;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/staff/translations/{kind}/{id}")
    String form(@PathVariable String kind, @PathVariable long id,
            @RequestParam(defaultValue = "") String period, Model model) {
        Texts texts = texts(kind, id);
        return show(kind, id, period, texts, texts.translations(), Map.of(), model);
    }

    /** {@code translations[ru].title}, {@code translations[ru].summary}, and the same for the other languages. */
    @PostMapping("/staff/translations/{kind}/{id}")
    String save(@PathVariable String kind, @PathVariable long id, @RequestParam(defaultValue = "") String period,
            @RequestParam Map<String, String> params, Model model, Locale locale, RedirectAttributes redirect) {
        Texts texts = texts(kind, id);
        Map<String, Texts.Translation> typed = typed(params, texts.language());
        try {
            Viewer by = Viewer.current();
            switch (kind) {
                case "case" -> cases.translate(id, typed, by);
                case "statement" -> statements.translate(id, typed, by);
                case "context" -> context.translate(id, typed, by);
                default -> actors.translate(id, typed, by);
            }
        } catch (InvalidInput e) {
            return show(kind, id, period, texts, typed, fieldMessages.byField(e.problems(), locale), model);
        }
        redirect.addFlashAttribute("translated", kind + "/" + id);
        if (!period.isBlank()) {
            redirect.addAttribute("period", period);
        }
        return "redirect:/staff/translations";
    }

    private String show(String kind, long id, String period, Texts texts, Map<String, Texts.Translation> values,
            Map<String, String> errors, Model model) {
        Kind k = KINDS.get(kind);
        List<String> others = new ArrayList<>(Languages.CODES);
        others.remove(texts.language());
        model.addAttribute("kind", kind);
        model.addAttribute("id", id);
        model.addAttribute("period", period);
        model.addAttribute("texts", texts);
        model.addAttribute("hasTitle", k.title());
        model.addAttribute("summaryLabel", k.summaryLabel());
        model.addAttribute("others", others);
        Map<String, Texts.Translation> shown = new LinkedHashMap<>();
        others.forEach(code -> shown.put(code, values.getOrDefault(code, new Texts.Translation("", ""))));
        model.addAttribute("values", shown);
        model.addAttribute("errors", errors);
        return "workspace/translation-form";
    }

    /** The record's texts from its owner; a kind or record that is none is not found. */
    private Texts texts(String kind, long id) {
        Optional<Texts> texts = switch (kind) {
            case "case" -> cases.find(id).map(c -> c.facts().texts());
            case "statement" -> statements.texts(id);
            case "context" -> context.texts(id);
            case "actor" -> actors.texts(id);
            default -> Optional.empty();
        };
        return texts.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Map<String, Texts.Translation> typed(Map<String, String> params, String original) {
        Map<String, Texts.Translation> typed = new LinkedHashMap<>();
        for (String code : Languages.CODES) {
            if (!code.equals(original)) {
                typed.put(code, new Texts.Translation(params.getOrDefault("translations[" + code + "].title", ""),
                        params.getOrDefault("translations[" + code + "].summary", "")));
            }
        }
        return typed;
    }
}
