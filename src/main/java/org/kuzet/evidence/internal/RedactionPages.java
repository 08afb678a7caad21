package org.kuzet.evidence.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.core.Languages;
import org.kuzet.evidence.EvidenceStore;
import org.kuzet.evidence.Redactions;
import org.kuzet.evidence.StoredFile;
import org.kuzet.security.Viewer;
import org.kuzet.web.FieldMessages;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor's page for making a redacted copy of an evidence file: the file drawn as previews (a picture, or each
 * page of a PDF) on which rectangles are dragged, the same rectangles as numbers in fields (which work without the
 * script), the words to remove from a PDF, and the copies made so far with their state. Previews show the original:
 * editors and administrators only, never cached.
 */
@Controller
@io.swagger.v3.oas.annotations.Hidden
class RedactionPages {

    /** A picture's preview is at most this wide; regions are still given in the picture's own pixels. */
    static final int PREVIEW_WIDTH = 1200;
    /** Previews for at most this many pages; later pages take regions by their numbers. */
    static final int PREVIEW_PAGES = 30;
    /** Empty rows offered for regions typed by hand. */
    static final int EMPTY_ROWS = 3;

    /** One preview: its page, where it is, and how many units (pixels or points) one of its pixels is. */
    record Preview(int page, String src, double unit) {
    }

    private final EvidenceStore files;
    private final Redactions redactions;
    private final FieldMessages messages;

    RedactionPages(EvidenceStore files, Redactions redactions, FieldMessages messages) {
        this.files = files;
        this.redactions = redactions;
        this.messages = messages;
    }

    @GetMapping("/staff/evidence/{sha256}/redact")
    String page(@PathVariable String sha256, Model model, Locale locale) {
        show(file(sha256), blankRows(), "black", "", List.of(), model, locale);
        return "evidence/redact";
    }

    @PostMapping("/staff/evidence/{sha256}/redactions")
    String make(@PathVariable String sha256, @RequestParam(required = false) String method,
            @RequestParam(required = false) String words, @RequestParam(required = false) String lang,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
            RedirectAttributes redirect) {
        StoredFile file = file(sha256);
        // read as sent, one value per row: a single value bound to a list would be split at its commas (12,5)
        List<Redactions.RegionText> rows = rows(values(request, "page"), values(request, "x"), values(request, "y"),
                values(request, "width"), values(request, "height"));
        try {
            long id = redactions.make(sha256, new Redactions.Request(method, rows, words), Viewer.current()).id();
            redirect.addFlashAttribute("made", id);
            return back(sha256, lang);
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            show(file, withBlanks(rows), method, words, e.problems(), model, locale);
            return "evidence/redact";
        }
    }

    @PostMapping("/staff/evidence/{sha256}/redactions/{id}/publish")
    String publish(@PathVariable String sha256, @PathVariable long id, @RequestParam(required = false) String lang,
            RedirectAttributes redirect) {
        own(sha256, id);
        redactions.publish(id, Viewer.current());
        redirect.addFlashAttribute("published", id);
        return back(sha256, lang);
    }

    @PostMapping("/staff/evidence/{sha256}/redactions/{id}/unpublish")
    String withdraw(@PathVariable String sha256, @PathVariable long id, @RequestParam(required = false) String lang,
            RedirectAttributes redirect) {
        own(sha256, id);
        redactions.withdraw(id, Viewer.current());
        redirect.addFlashAttribute("withdrawn", id);
        return back(sha256, lang);
    }

    /** A preview of the original: a picture re-drawn without its metadata, or one page of a PDF. */
    @GetMapping("/staff/evidence/{sha256}/pages/{page}.png")
    ResponseEntity<byte[]> preview(@PathVariable String sha256, @PathVariable int page) {
        StoredFile file = file(sha256);
        byte[] content = FileAnswers.read(files, sha256);
        byte[] png;
        if (Redactions.isPicture(file) && page == 1) {
            png = ImageRedactor.read(content).map(p -> ImageRedactor.preview(p, PREVIEW_WIDTH))
                    .orElseThrow(() -> new NotFound("No preview"));
        } else if (Redactions.isPdf(file) && page >= 1 && page <= Math.min(PREVIEW_PAGES, pageCount(content))) {
            png = PdfRedactor.preview(content, page);
        } else {
            throw new NotFound("No page " + page + " of " + sha256);
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png);
    }

    private void show(StoredFile file, List<Redactions.RegionText> rows, String method, String words,
            List<org.kuzet.core.FieldProblem> problems, Model model, Locale locale) {
        boolean picture = Redactions.isPicture(file);
        boolean pdf = Redactions.isPdf(file);
        model.addAttribute("file", file);
        model.addAttribute("picture", picture);
        model.addAttribute("pdf", pdf);
        model.addAttribute("redactable", picture || pdf);
        model.addAttribute("previews", previews(file));
        model.addAttribute("rows", rows);
        model.addAttribute("method", method == null ? "black" : method);
        model.addAttribute("words", words == null ? "" : words);
        model.addAttribute("errors", messages.byField(problems, locale));
        model.addAttribute("redactions", redactions.of(file.sha256()));
    }

    private List<Preview> previews(StoredFile file) {
        String base = "/staff/evidence/" + file.sha256() + "/pages/";
        if (Redactions.isPicture(file)) {
            return ImageRedactor.read(FileAnswers.read(files, file.sha256())).map(p -> List.of(new Preview(1,
                    base + "1.png", p.getWidth() / (double) Math.min(PREVIEW_WIDTH, p.getWidth()))))
                    .orElse(List.of());
        }
        if (!Redactions.isPdf(file)) {
            return List.of();
        }
        List<Preview> previews = new ArrayList<>();
        int pages = Math.min(PREVIEW_PAGES, pageCount(FileAnswers.read(files, file.sha256())));
        for (int page = 1; page <= pages; page++) {
            previews.add(new Preview(page, base + page + ".png", 1 / PdfRedactor.PREVIEW_SCALE));
        }
        return previews;
    }

    private static int pageCount(byte[] pdf) {
        try {
            return PdfRedactor.pages(pdf).size();
        } catch (PdfRedactor.Refused e) {
            return 0;
        }
    }

    private StoredFile file(String sha256) {
        return files.find(sha256).orElseThrow(() -> new NotFound("No stored file " + sha256));
    }

    /** The copy must be one of this file's: a link cannot publish another file's copy under this one's page. */
    private void own(String sha256, long id) {
        if (redactions.find(id).filter(r -> r.originalSha256().equals(sha256)).isEmpty()) {
            throw new NotFound("No redacted copy " + id + " of " + sha256);
        }
    }

    private static String back(String sha256, String lang) {
        return "redirect:/staff/evidence/" + sha256 + "/redact"
                + (lang == null ? "" : "?lang=" + Languages.orEnglish(lang));
    }

    private static List<Redactions.RegionText> rows(List<String> pages, List<String> xs, List<String> ys,
            List<String> widths, List<String> heights) {
        int n = Math.max(Math.max(size(xs), size(ys)), Math.max(size(widths), size(heights)));
        List<Redactions.RegionText> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Redactions.RegionText(at(pages, i), at(xs, i), at(ys, i), at(widths, i), at(heights, i)));
        }
        return rows;
    }

    private static List<Redactions.RegionText> blankRows() {
        return withBlanks(List.of());
    }

    /**
     * The rows as typed (in their places: a problem names its row by its place), then as many empty ones as it takes
     * to offer {@link #EMPTY_ROWS} to type more.
     */
    private static List<Redactions.RegionText> withBlanks(List<Redactions.RegionText> rows) {
        List<Redactions.RegionText> all = new ArrayList<>(rows);
        long blank = rows.stream().filter(Redactions.RegionText::blank).count();
        for (long i = blank; i < EMPTY_ROWS; i++) {
            all.add(new Redactions.RegionText("", "", "", "", ""));
        }
        return all;
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : List.of(values);
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }
}
