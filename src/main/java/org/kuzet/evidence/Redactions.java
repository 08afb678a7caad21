package org.kuzet.evidence;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kuzet.api.Forbidden;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.core.FieldProblem;
import org.kuzet.core.RecordChange;
import org.kuzet.evidence.internal.ImageRedactor;
import org.kuzet.evidence.internal.PdfRedactor;
import org.kuzet.evidence.internal.RedactionStore;
import org.kuzet.security.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door of redacted copies: an editor (or administrator) makes a copy of an evidence file for publication
 * (regions of a picture blacked out or blurred; text of a PDF in regions or of given words removed), publishes it
 * and may withdraw it. The original is never changed and never given to the public; the copy is stored as a file of
 * its own. Each step is one transaction with its audit entry ({@code evidence_redaction.made}, {@code .published},
 * {@code .withdrawn}).
 */
@Service
public class Redactions {

    /** At most this many regions in one copy. */
    public static final int MAX_REGIONS = 40;
    /** At most this many words to remove from a PDF. */
    public static final int MAX_WORDS = 40;

    /** A region as typed or drawn on the page: its numbers as text, each checked. */
    public record RegionText(String page, String x, String y, String width, String height) {
        /** Whether none of its numbers was given (an empty row of the form). */
        public boolean blank() {
            return Arrays.asList(x, y, width, height).stream().allMatch(v -> v == null || v.isBlank());
        }
    }

    /** What to redact: for a picture the method ({@code black}, {@code blur}) and regions; for a PDF regions, words. */
    public record Request(String method, List<RegionText> regions, String words) {
    }

    private final EvidenceStore files;
    private final RedactionStore store;
    private final ApplicationEventPublisher events;

    Redactions(EvidenceStore files, RedactionStore store, ApplicationEventPublisher events) {
        this.files = files;
        this.store = store;
        this.events = events;
    }

    /** Whether Kuzet can redact files of this media type (pictures and PDFs). */
    public static boolean redactable(StoredFile file) {
        return isPicture(file) || isPdf(file);
    }

    public static boolean isPicture(StoredFile file) {
        return file.mediaType().equals("image/png") || file.mediaType().equals("image/jpeg");
    }

    public static boolean isPdf(StoredFile file) {
        return file.mediaType().equals("application/pdf");
    }

    /**
     * Makes a redacted copy of the stored file.
     *
     * @throws Forbidden unless the viewer publishes (editor, admin)
     * @throws NotFound when there is no such file
     * @throws InvalidInput naming each bad field (a region by its row, the words, the method); nothing is made then
     */
    @Transactional
    public Redaction make(String originalSha256, Request request, Viewer by) {
        editor(by);
        StoredFile original = files.find(originalSha256).orElseThrow(() -> new NotFound("No stored file "
                + originalSha256));
        byte[] content = org.kuzet.evidence.internal.FileAnswers.read(files, originalSha256);
        Made made;
        if (isPicture(original)) {
            made = picture(original, content, request);
        } else if (isPdf(original)) {
            made = pdf(content, request);
        } else {
            throw InvalidInput.of("file", "problem.redactKind", original.mediaType());
        }
        if (java.util.Arrays.equals(made.bytes(), content)) {
            // the regions changed no byte (a blur over one flat colour): a "copy" that is the original, refused
            throw InvalidInput.of("regions", "problem.redactSame");
        }
        StoredFile copy = files.store(made.bytes(), copyName(original), by.username());
        events.publishEvent(new FileStored(copy, by.username()));
        long id = store.insert(originalSha256, copy.sha256(), made.method(), made.regions(), made.words(),
                by.username());
        Redaction redaction = store.find(id).orElseThrow();
        events.publishEvent(new RecordChange("evidence_redaction", id, "made", by.username(), null,
                redaction.record()));
        return redaction;
    }

    /** Makes the copy public. */
    @Transactional
    public void publish(long id, Viewer by) {
        editor(by);
        Redaction before = existing(id);
        if (store.publish(id, by.username())) {
            events.publishEvent(new RecordChange("evidence_redaction", id, "published", by.username(),
                    before.record(), existing(id).record()));
        }
    }

    /** Takes the copy back from the public (the file stays, for the record). */
    @Transactional
    public void withdraw(long id, Viewer by) {
        editor(by);
        Redaction before = existing(id);
        if (store.withdraw(id)) {
            events.publishEvent(new RecordChange("evidence_redaction", id, "withdrawn", by.username(),
                    before.record(), existing(id).record()));
        }
    }

    public Optional<Redaction> find(long id) {
        return store.find(id);
    }

    /** The copies made from an original, newest first. */
    public List<Redaction> of(String originalSha256) {
        return store.of(originalSha256);
    }

    /**
     * The published copies made from any of these originals (an incident's evidence files), the first published
     * first: what a public page may link to ({@link Redaction#publicPath}), never an original.
     */
    public List<Redaction> publishedOf(java.util.Collection<String> originals) {
        return store.published(List.copyOf(originals));
    }

    /** The file when it is a published copy: nothing else is ever served to the public. */
    public Optional<StoredFile> publicCopy(String sha256) {
        return sha256 != null && sha256.matches("[0-9a-f]{64}") ? store.publicCopy(sha256) : Optional.empty();
    }

    private Redaction existing(long id) {
        return store.find(id).orElseThrow(() -> new NotFound("No redacted copy " + id));
    }

    private static void editor(Viewer by) {
        if (!by.mayPublish()) {
            throw new Forbidden("Only editors and administrators make and publish redacted copies.");
        }
    }

    private record Made(byte[] bytes, String method, List<Region> regions, List<String> words) {
    }

    private static Made picture(StoredFile original, byte[] content, Request request) {
        List<FieldProblem> problems = new ArrayList<>();
        BufferedImage picture = ImageRedactor.read(content)
                .orElseThrow(() -> InvalidInput.of("file", "problem.redactUnreadable"));
        String method = request.method();
        if (method == null || !Redaction.PICTURE_METHODS.contains(method)) {
            problems.add(FieldProblem.of("method", "problem.redactMethod"));
        }
        if (request.words() != null && !request.words().isBlank()) {
            problems.add(FieldProblem.of("words", "problem.redactWordsForPdf"));
        }
        List<Region> regions = RegionReader.read(request.regions(), problems,
                page -> page == 1 ? new double[] {picture.getWidth(), picture.getHeight()} : null, 1);
        RegionReader.throwIfAny(problems);
        String format = original.mediaType().equals("image/png") ? "png" : "jpeg";
        return new Made(ImageRedactor.redact(picture, format, regions, "blur".equals(method)), method, regions,
                List.of());
    }

    private static Made pdf(byte[] content, Request request) {
        List<PdfRedactor.PageBox> pages = refusedAs("file", () -> PdfRedactor.pages(content));
        List<FieldProblem> problems = new ArrayList<>();
        List<String> words = RegionReader.words(request.words(), problems);
        List<Region> regions = RegionReader.readOptional(request.regions(), problems,
                page -> page >= 1 && page <= pages.size()
                        ? new double[] {pages.get(page - 1).width(), pages.get(page - 1).height()} : null,
                pages.size());
        if (problems.isEmpty() && regions.isEmpty() && words.isEmpty()) {
            problems.add(FieldProblem.of("regions", "problem.redactNothingPdf"));
        }
        RegionReader.throwIfAny(problems);
        PdfRedactor.Result result = refusedAs(words.isEmpty() ? "regions" : "words",
                () -> PdfRedactor.redact(content, regions, words));
        if (!result.notFound().isEmpty()) {
            throw InvalidInput.of("words", "problem.redactWordNotFound", String.join(", ", result.notFound()));
        }
        return new Made(result.pdf(), "remove", regions, words);
    }

    private static <T> T refusedAs(String field, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (PdfRedactor.Refused e) {
            throw InvalidInput.of(field, e.key(), e.args());
        }
    }

    /** Named by the original's hash alone: an original's file name may itself name the person redacted. */
    private static String copyName(StoredFile original) {
        String extension = isPdf(original) ? ".pdf" : original.mediaType().equals("image/png") ? ".png" : ".jpg";
        return "redacted-" + original.sha256().substring(0, 12) + extension;
    }
}
