package org.kuzet.intake.internal;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.core.Languages;
import org.kuzet.evidence.EvidenceStore;
import org.kuzet.intake.Received;
import org.kuzet.intake.SentSubmission;
import org.kuzet.intake.Submission;
import org.kuzet.intake.Submissions;
import org.kuzet.security.Viewer;
import org.kuzet.triage.PublicReports;
import org.kuzet.web.FieldMessages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The correspondent's phone pages: a short report form that works on a bad connection (its script keeps what could
 * not be sent on the phone and sends it when the network returns; a service worker keeps the page itself), the list
 * of one's own submissions, and each submission with its files' SHA-256. Without script the form is a plain form.
 */
@Hidden // pages and their files, not the API
@Controller
@RequestMapping("/staff/submissions")
class PhonePages {

    private static final String WORKER = "intake/phone-worker.js";

    private final Submissions submissions;
    private final EvidenceStore evidence;
    private final FieldMessages fieldMessages;
    private final byte[] worker;

    PhonePages(Submissions submissions, EvidenceStore evidence, FieldMessages fieldMessages) {
        this.submissions = submissions;
        this.evidence = evidence;
        this.fieldMessages = fieldMessages;
        this.worker = Shipped.bytes(WORKER);
    }

    @GetMapping
    String mine(Model model) {
        model.addAttribute("submissions", submissions.mine(Viewer.current()));
        return "intake/mine";
    }

    @GetMapping("/new")
    String form(Model model) {
        return form(model, Map.of(), Map.of());
    }

    @PostMapping
    String send(@RequestParam(required = false) String what, @RequestParam(required = false) String when,
            @RequestParam(required = false) String where, @RequestParam(required = false) String link,
            @RequestParam(required = false) String instanceId,
            @RequestParam(name = "file", required = false) List<MultipartFile> files, Locale locale, Model model,
            HttpServletResponse response) {
        Submission submission = new Submission("phone", instanceId, what, when, where, link, null, null, null, null,
                Languages.of(locale), uploads(files));
        try {
            Received received = submissions.receive(Viewer.current(), submission);
            return "redirect:/staff/submissions/" + received.id() + "?sent";
        } catch (InvalidInput e) {
            response.setStatus(422);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("what", what);
            values.put("when", when);
            values.put("where", where);
            values.put("link", link);
            values.put("instanceId", instanceId);
            return form(model, values, fieldMessages.byField(e.problems(), locale));
        }
    }

    @GetMapping("/{id}")
    String submission(@PathVariable long id, Model model) {
        SentSubmission submission = submissions.find(id, Viewer.current())
                .orElseThrow(() -> new NotFound("No submission " + id));
        model.addAttribute("submission", submission);
        model.addAttribute("monitor", Viewer.current().isMonitor());
        return "intake/submission";
    }

    /** A file of a submission, for its sender and monitors; never shown inline (it may be anything a phone took). */
    @GetMapping("/{id}/files/{name}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String name) {
        SentSubmission.KeptFile file = submissions.find(id, Viewer.current()).stream()
                .flatMap(s -> s.files().stream()).filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFound("No file " + name + " in submission " + id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(evidence.read(file.sha256()));
    }

    /** The service worker, served from here so that it may keep the pages under /staff/submissions/. */
    @GetMapping("/worker.js")
    ResponseEntity<byte[]> worker() {
        return ResponseEntity.ok().contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "no-cache").body(worker);
    }

    private static String form(Model model, Map<String, String> values, Map<String, String> errors) {
        Map<String, String> shown = new LinkedHashMap<>(values);
        shown.putIfAbsent("instanceId", UUID.randomUUID().toString());
        model.addAttribute("values", shown);
        model.addAttribute("errors", errors);
        model.addAttribute("limits", PublicReports.LIMITS);
        return "intake/new";
    }

    private static List<Submission.File> uploads(List<MultipartFile> files) {
        List<Submission.File> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                try {
                    uploads.add(new Submission.File(file.getOriginalFilename(), file.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return uploads;
    }
}
