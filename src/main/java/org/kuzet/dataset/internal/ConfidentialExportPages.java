package org.kuzet.dataset.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.kuzet.core.Today;
import org.kuzet.security.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of exports with confidential data: a monitor's requests and their downloads, and the administrators'
 * approvals. The download is a form's POST, not a link, so that nothing that follows links (a preview, a scanner)
 * uses it up.
 */
@Controller
class ConfidentialExportPages {

    private final ConfidentialExports exports;

    ConfidentialExportPages(ConfidentialExports exports) {
        this.exports = exports;
    }

    /** A request as a line of the pages: its times read in Almaty, its state as of now. */
    record Line(long id, String reason, String requestedBy, String requestedAt, String state, String expiresAt) {

        static List<Line> of(List<ConfidentialExports.Request> requests, OffsetDateTime now) {
            return requests.stream().map(r -> new Line(r.id(), r.reason(), r.requestedBy(), almaty(r.requestedAt()),
                    r.state(now), r.expiresAt() == null ? "" : almaty(r.expiresAt()))).toList();
        }

        private static String almaty(OffsetDateTime time) {
            return MINUTES.format(time.atZoneSameInstant(Today.KAZAKHSTAN));
        }
    }

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @GetMapping("/staff/exports")
    String mine(Model model) {
        model.addAttribute("requests", Line.of(exports.of(Viewer.current().username()), exports.now()));
        return "dataset/exports";
    }

    @PostMapping("/staff/exports")
    String request(@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        if (reason.isBlank()) {
            model.addAttribute("problem", "export.problem.reason");
            return mine(model);
        }
        exports.request(reason);
        redirect.addFlashAttribute("done", "export.done.requested");
        return "redirect:/staff/exports";
    }

    @PostMapping("/staff/exports/{id}/download")
    String download(@PathVariable long id, HttpServletResponse response, Model model) throws IOException {
        // written to memory first: an export that is gone answers with a page, not half a file
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        if (!exports.download(id, file)) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("problem", "export.gone");
            return mine(model);
        }
        response.setContentType("application/json");
        response.setHeader("Content-Disposition", "attachment; filename=\"kuzet-dataset-confidential-" + id
                + ".json\"");
        response.setHeader("Cache-Control", "no-store");
        file.writeTo(response.getOutputStream());
        return null;
    }

    @GetMapping("/staff/admin/exports")
    String approvals(Model model) {
        model.addAttribute("requests", Line.of(exports.all(), exports.now()));
        model.addAttribute("me", Viewer.current().username());
        return "dataset/export-approvals";
    }

    @PostMapping("/staff/admin/exports/{id}/{decision:approve|refuse}")
    String decide(@PathVariable long id, @PathVariable String decision, RedirectAttributes redirect) {
        boolean approve = decision.equals("approve");
        if (exports.own(id)) {
            redirect.addFlashAttribute("problem", "export.problem.own");
        } else if (exports.decide(id, approve)) {
            redirect.addFlashAttribute("done", approve ? "export.done.approved" : "export.done.refused");
        }
        return "redirect:/staff/admin/exports";
    }
}
