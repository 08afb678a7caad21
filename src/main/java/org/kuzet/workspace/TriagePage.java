package org.kuzet.workspace;

import org.kuzet.triage.Articles;
import org.kuzet.triage.CandidateQueue;
import org.kuzet.triage.FeedPoller;
import org.kuzet.triage.Intake;
import org.kuzet.triage.PublicReports;
import org.kuzet.triage.StoredCandidate;
import org.kuzet.triage.TriageArticle;
import org.kuzet.triage.TriageTraining;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.core.Languages;
import org.kuzet.place.Places;
import org.kuzet.taxonomy.Categories;
import org.kuzet.api.Conflict;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monitors' queue: candidates ranked by score; a candidate with its article, the passage highlighted, the
 * categories, why and facts, possible duplicates, and the decisions. Labels in English, Russian or Kazakh by the
 * {@code lang} parameter (English by default), from the triage messages of its own.
 */
@Controller
@RequestMapping("/staff/triage")
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'MONITOR')")
class TriagePage {

    private static final int SHOWN = 200;
    private static final ResourceBundleMessageSource MESSAGES = messages();

    private final CandidateQueue queue;
    private final Articles articles;
    private final Intake intake;
    private final FeedPoller poller;
    private final Refusals refusals;
    private final Categories categories;
    private final Places places;
    private final PublicReports publicReports;
    private final TriageTraining training;

    TriagePage(CandidateQueue queue, Articles articles, Intake intake, FeedPoller poller, Refusals refusals,
            Categories categories, Places places, PublicReports publicReports, TriageTraining training) {
        this.training = training;
        this.refusals = refusals;
        this.queue = queue;
        this.articles = articles;
        this.intake = intake;
        this.poller = poller;
        this.categories = categories;
        this.places = places;
        this.publicReports = publicReports;
    }

    @GetMapping
    String queue(@RequestParam(defaultValue = "en") String lang, Model model) {
        String language = language(lang);
        // one entry per event: its first candidate, with every article about it and the incident it is already
        // recorded as, if it is
        model.addAttribute("lang", language);
        model.addAttribute("t", labels(language));
        model.addAttribute("candidates", queue.waitingEvents(SHOWN));
        model.addAttribute("categoryNames", categories.labelsIn(language));
        return "triage/queue";
    }

    /** What the model learnt from: examples by source, and its held-out figures before and after the last training. */
    @GetMapping("/training")
    String training(@RequestParam(defaultValue = "en") String lang, Model model) {
        String language = language(lang);
        model.addAttribute("lang", language);
        model.addAttribute("t", labels(language));
        model.addAttribute("report", training.last().orElse(null));
        model.addAttribute("busy", training.training());
        return "triage/training";
    }

    /** Trains again in the background; the page says so and the current model keeps answering. */
    @PostMapping("/training")
    String train(@RequestParam(defaultValue = "en") String lang, RedirectAttributes redirect) {
        training.trainSoon();
        redirect.addFlashAttribute("notice", labels(language(lang)).get("triage.training.started"));
        return "redirect:/staff/triage/training?lang=" + language(lang);
    }

    @GetMapping("/{id}")
    String candidate(@PathVariable long id, @RequestParam(defaultValue = "en") String lang, Model model) {
        String language = language(lang);
        StoredCandidate candidate = queue.find(id).orElseThrow(() -> new NotFound("candidate " + id + " does not exist"));
        TriageArticle article = articles.find(candidate.articleId()).orElseThrow();
        String text = article.text();
        int start = Math.min(candidate.passageStart(), text.length());
        int end = Math.min(Math.max(candidate.passageEnd(), start), text.length());
        model.addAttribute("lang", language);
        model.addAttribute("t", labels(language));
        model.addAttribute("candidate", candidate);
        model.addAttribute("article", article);
        model.addAttribute("before", text.substring(0, start));
        model.addAttribute("passage", text.substring(start, end));
        model.addAttribute("after", text.substring(end));
        model.addAttribute("categories", candidate.categoryScores());
        model.addAttribute("why", candidate.reasons());
        model.addAttribute("facts", shownOnce(candidate.factList()));
        // categories and places by name in the page's language, not by code
        model.addAttribute("categoryNames", categories.labelsIn(language));
        Map<String, String> placeNames = new HashMap<>();
        candidate.factList().stream().filter(f -> "place".equals(f.get("kind")) && f.get("value") instanceof String)
                .forEach(f -> placeNames.computeIfAbsent((String) f.get("value"), code -> places.name(code, language)));
        model.addAttribute("placeNames", placeNames);
        model.addAttribute("duplicates", queue.possibleDuplicates(id));
        model.addAttribute("actors", queue.actorsNamed(id));
        model.addAttribute("formLink", "incident".equals(candidate.kind()) ? queue.incidentFormLink(id) : null);
        // who sent a public report: this page is for monitors and up, as Visibility's public_report says
        model.addAttribute("reporter", publicReports.reporterOf(article.id()).orElse(null));
        return "triage/candidate";
    }

    /** Accepts the candidate; one whose passage names no date waits for the date the monitor gives. */
    @PostMapping("/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "en") String lang, Principal monitor, RedirectAttributes redirect) {
        if (date.isBlank() && queue.needsDate(id)) {
            redirect.addFlashAttribute("problem", labels(language(lang)).get("triage.problem.date"));
            return "redirect:/staff/triage/" + id + "?lang=" + language(lang);
        }
        return decided(() -> queue.accept(id, monitor.getName(), date), "triage.done.accepted", id, lang, redirect);
    }

    @PostMapping("/{id}/merge")
    String merge(@PathVariable long id, @RequestParam long incident, @RequestParam(defaultValue = "en") String lang,
            Principal monitor, RedirectAttributes redirect) {
        return decided(() -> queue.merge(id, incident, monitor.getName()), "triage.done.merged", id, lang, redirect);
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "en") String lang, Principal monitor, RedirectAttributes redirect) {
        return decided(() -> queue.reject(id, reason, monitor.getName()), "triage.done.rejected", id, lang, redirect);
    }

    @PostMapping("/upload")
    String upload(@RequestParam MultipartFile file, @RequestParam(defaultValue = "") String outlet,
            @RequestParam(defaultValue = "en") String lang, RedirectAttributes redirect) throws IOException {
        String language = language(lang);
        try {
            String content = new String(file.getBytes(), StandardCharsets.UTF_8);
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
            boolean html = name.endsWith(".html") || name.endsWith(".htm") || content.stripLeading().startsWith("<");
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            Intake.Result result = html ? intake.html(null, outlet, content, now, null)
                    : intake.text(null, outlet, file.getOriginalFilename(), content, now, null);
            redirect.addFlashAttribute("notice", labels(language).get("triage.done.read") + " " + result.candidates());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", refusals.said(e, Locale.forLanguageTag(language)));
        }
        return "redirect:/staff/triage?lang=" + language;
    }

    @PostMapping("/url")
    String url(@RequestParam String url, @RequestParam(defaultValue = "") String outlet,
            @RequestParam(defaultValue = "en") String lang, RedirectAttributes redirect) throws InterruptedException {
        String language = language(lang);
        try {
            Intake.Result result = poller.read(url, outlet);
            redirect.addFlashAttribute("notice", labels(language).get("triage.done.read") + " " + result.candidates());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", refusals.said(e, Locale.forLanguageTag(language)));
        } catch (IOException e) {
            redirect.addFlashAttribute("problem", "url: " + e.getMessage());
        }
        return "redirect:/staff/triage?lang=" + language;
    }

    private String decided(Runnable decision, String done, long id, String lang, RedirectAttributes redirect) {
        String language = language(lang);
        try {
            decision.run();
        } catch (InvalidInput | Conflict e) {
            redirect.addFlashAttribute("problem", refusals.said(e, Locale.forLanguageTag(language)));
            return "redirect:/staff/triage/" + id + "?lang=" + language;
        }
        redirect.addFlashAttribute("notice", labels(language).get(done));
        // the notice links the incident the candidate became or joined, so that the monitor goes on there
        queue.find(id).map(StoredCandidate::incidentId).ifPresent(i -> redirect.addFlashAttribute("decidedIncident", i));
        return "redirect:/staff/triage?lang=" + language;
    }

    /** Correspondents and anonymous callers may not triage: a plain 403, not a server error. */
    @org.springframework.web.bind.annotation.ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    org.springframework.http.ResponseEntity<String> denied() {
        return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.FORBIDDEN)
                .contentType(org.springframework.http.MediaType.TEXT_PLAIN)
                .body("Triage is for monitors, editors and admins.");
    }

    private static String language(String lang) {
        return Languages.orEnglish(lang);
    }

    /** A fact the passage states twice ("... полиции ... полиции") is listed once. */
    private static List<Map<String, Object>> shownOnce(List<Map<String, Object>> facts) {
        java.util.Set<List<String>> seen = new java.util.HashSet<>();
        return facts.stream().filter(f -> seen.add(List.of(String.valueOf(f.get("kind")), String.valueOf(f.get("value")))))
                .toList();
    }

    static Map<String, String> labels(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Map<String, String> labels = new HashMap<>();
        for (String key : KEYS) {
            labels.put(key, MESSAGES.getMessage(key, null, key, locale));
        }
        return labels;
    }

    static final List<String> KEYS = List.of("triage.title", "triage.queue", "triage.none", "triage.score",
            "triage.categories", "triage.passage", "triage.article", "triage.outlet", "triage.open", "triage.why",
            "triage.facts", "triage.duplicates", "triage.accept", "triage.merge", "triage.incident", "triage.reject",
            "triage.reason", "triage.reply", "triage.upload", "triage.url", "triage.send", "triage.back",
            "triage.done.accepted", "triage.done.merged", "triage.done.rejected", "triage.done.read", "triage.actors",
            "triage.date", "triage.problem.date", "triage.form", "triage.fact.person", "triage.fact.outlet",
            "triage.fact.state_body", "triage.fact.place", "triage.fact.legal_article", "triage.fact.amount_tenge",
            "triage.fact.date", "triage.public", "triage.public.name", "triage.public.contact", "triage.public.when",
            "triage.public.where", "triage.public.link", "triage.public.sent", "triage.sources", "triage.recorded",
            "triage.addSource", "triage.training", "triage.training.none", "triage.training.busy",
            "triage.training.start", "triage.training.started", "triage.training.source", "triage.training.examples",
            "triage.training.source.shipped", "triage.training.source.archive", "triage.training.source.decisions",
            "triage.training.source.published", "triage.training.figure", "triage.training.before",
            "triage.training.after", "triage.training.macroF1", "triage.training.group", "triage.training.top3",
            "triage.training.replaced", "triage.training.kept", "triage.training.heldOut", "triage.training.when");

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/triage");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
