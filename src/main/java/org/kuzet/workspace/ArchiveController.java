package org.kuzet.workspace;

import org.kuzet.archive.ArchiveImport;
import org.kuzet.archive.Extraction;
import org.kuzet.archive.PublishedStatistics;
import org.kuzet.archive.ReportExtractor;
import org.kuzet.archive.ReportText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.api.InvalidInput;
import org.kuzet.place.Places;
import org.kuzet.taxonomy.Categories;
import org.kuzet.matching.TextMatching;
import org.kuzet.web.FieldMessages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The staff page of the report archive: upload a published report, see what was read from it beside its text with
 * every figure marked, correct the figures, accept. Accepting stores it (ArchiveImport); the file travels with the
 * form so that what is stored is exactly what was reviewed, recognised by the SHA-256 of its bytes.
 */
@Controller
@RequestMapping("/staff/archive")
class ArchiveController {

    private static final String FIGURE = "figure:";

    private final ArchiveImport archive;
    private final PublishedStatistics statistics;
    private final TextMatching matching;
    private final FieldMessages fieldMessages;
    private final Categories categories;
    private final Places places;

    ArchiveController(ArchiveImport archive, PublishedStatistics statistics, TextMatching matching,
            FieldMessages fieldMessages, Categories categories, Places places) {
        this.archive = archive;
        this.statistics = statistics;
        this.matching = matching;
        this.fieldMessages = fieldMessages;
        this.categories = categories;
        this.places = places;
    }

    /** Read with the cue words as the staff left them. */
    private ReportExtractor extractor() {
        return new ReportExtractor(matching.matchers());
    }

    @GetMapping
    String upload(@RequestParam(required = false) String lang, Model model) {
        labels(model, lang);
        model.addAttribute("months", statistics.months());
        return "archive/upload";
    }

    /** A month's published figures beside what the records give, each difference marked. */
    @GetMapping("/compare")
    String compare(@RequestParam(required = false) String lang, @RequestParam(required = false) String month,
                   Model model) {
        labels(model, lang);
        YearMonth shown;
        try {
            shown = YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            model.addAttribute("problem", "month");
            model.addAttribute("months", statistics.months());
            return "archive/upload";
        }
        model.addAttribute("month", shown);
        model.addAttribute("rows", statistics.compare(shown));
        model.addAttribute("names", categories.labelsIn(ArchiveLabels.language(lang)));
        return "archive/compare";
    }

    @PostMapping("/extract")
    String extract(@RequestParam(required = false) String lang, @RequestParam(required = false) MultipartFile file,
                   @RequestParam(required = false) String text, Model model) throws IOException {
        labels(model, lang);
        byte[] bytes;
        String name;
        if (file != null && !file.isEmpty()) {
            bytes = file.getBytes();
            name = file.getOriginalFilename() == null ? "report.txt" : file.getOriginalFilename();
        } else if (text != null && !text.isBlank()) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
            name = "pasted.txt";
        } else {
            model.addAttribute("problem", "file");
            model.addAttribute("months", statistics.months());
            return "archive/upload";
        }
        Extraction e = extractor().extract(name, ReportText.of(name, bytes));
        review(model, e, name, bytes);
        return "archive/review";
    }

    @PostMapping("/accept")
    String accept(@RequestParam(required = false) String lang, @RequestParam String name, @RequestParam String content,
                  @RequestParam(required = false) String month, @RequestParam Map<String, String> form, Model model,
                  Principal user) {
        labels(model, lang);
        byte[] bytes = Base64.getDecoder().decode(content);
        Extraction read = extractor().extract(name, ReportText.of(name, bytes));
        Map<String, Long> corrections = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith(FIGURE)) {
                String figure = key.substring(FIGURE.length());
                if (value == null || value.isBlank()) {
                    corrections.put(figure, null);
                } else if (value.strip().matches("\\d{1,15}")) {
                    corrections.put(figure, Long.parseLong(value.strip()));
                } else {
                    problems.put(figure, value);
                }
            }
        });
        String addKey = form.get("add_key");
        String addValue = form.get("add_value");
        if (addKey != null && KnownFigures.keys(matching.cues()).contains(addKey) && addValue != null && !addValue.isBlank()) {
            if (addValue.strip().matches("\\d{1,15}")) {
                corrections.put(addKey, Long.parseLong(addValue.strip()));
            } else {
                problems.put(addKey, addValue);
            }
        }
        YearMonth correctedMonth = null;
        java.time.Year correctedYear = null;
        if (month != null && !month.isBlank()) {
            try {
                // a yearly page is given its year alone: no month is made up for it
                if (month.strip().matches("\\d{4}")) {
                    correctedYear = java.time.Year.parse(month.strip());
                } else {
                    correctedMonth = YearMonth.parse(month.strip());
                }
            } catch (DateTimeParseException ex) {
                problems.put("month", month);
            }
        }
        Extraction corrected = read.corrected(corrections, correctedMonth);
        if (correctedYear != null) {
            corrected = corrected.asYear(correctedYear);
        }
        if (!problems.isEmpty()) {
            review(model, corrected, name, bytes);
            model.addAttribute("problems", problems);
            return "archive/review";
        }
        try {
            ArchiveImport.Outcome outcome = archive.store(corrected, user == null ? null : user.getName());
            model.addAttribute("outcome", outcome);
            model.addAttribute("extraction", corrected);
            return "archive/stored";
        } catch (InvalidInput ex) {
            review(model, corrected, name, bytes);
            model.addAttribute("problems", fieldMessages.byField(ex.problems(),
                    java.util.Locale.forLanguageTag(ArchiveLabels.language(lang))));
            return "archive/review";
        }
    }

    private void review(Model model, Extraction e, String name, byte[] bytes) {
        model.addAttribute("extraction", e);
        model.addAttribute("name", name);
        // not "content": the layout names the page's body so, and inside it that name is the body
        model.addAttribute("fileContent", Base64.getEncoder().encodeToString(bytes));
        model.addAttribute("pieces", MarkedText.of(e));
        List<String> known = KnownFigures.keys(matching.cues());
        model.addAttribute("knownFigures", known);
        // figures, categories and places by name in the page's language, not by code
        @SuppressWarnings("unchecked")
        Map<String, String> labels = (Map<String, String>) model.getAttribute("t");
        String lang = (String) model.getAttribute("lang");
        Map<String, String> categoryNames = categories.labelsIn(lang);
        List<String> keys = new ArrayList<>(known);
        e.figures().forEach(f -> keys.add(f.key()));
        model.addAttribute("figureNames", FigureNames.of(keys, labels, categoryNames));
        model.addAttribute("categoryNames", categoryNames);
        Map<String, String> placeNames = new HashMap<>();
        e.items().forEach(item -> {
            if (item.place() != null) {
                placeNames.computeIfAbsent(item.place(), code -> places.name(code, lang));
            }
        });
        model.addAttribute("placeNames", placeNames);
        model.addAttribute("alreadyImported", archive.reportWithSha256(e.report().sha256()).isPresent());
    }

    private static void labels(Model model, String lang) {
        String language = ArchiveLabels.language(lang);
        model.addAttribute("lang", language);
        model.addAttribute("t", ArchiveLabels.of(language));
    }
}
