package org.kuzet.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.kuzet.core.Languages;
import org.kuzet.security.PublicFormLimit;
import org.kuzet.triage.PublicReports;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The form anyone may use to tell the service of an incident, without an account. A report becomes a candidate of
 * the monitors' triage queue (never published by itself); the reporter's name and contact stay with the monitors.
 * Each address may send a few at once, then one a minute; a refused field is named beside it, in the page's
 * language, and nothing is stored.
 */
@Controller
class PublicReportController {

    static final String PATH = "/report-an-incident";

    private final PublicReports reports;
    private final PublicFormLimit limit;
    private final MessageSource messages;

    PublicReportController(PublicReports reports, PublicFormLimit limit, MessageSource messages) {
        this.reports = reports;
        this.limit = limit;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String form(Model model) {
        return form(model, new PublicReports.Report(null, null, null, null, null, null, null), Map.of(), null);
    }

    @PostMapping(PATH)
    String send(@RequestParam(required = false) String what, @RequestParam(required = false) String when,
            @RequestParam(required = false) String where, @RequestParam(required = false) String link,
            @RequestParam(required = false) String name, @RequestParam(required = false) String contact,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        PublicReports.Report report = new PublicReports.Report(what, when, where, link, name, contact,
                Languages.of(locale));
        long wait = limit.take(request.getRemoteAddr());
        if (wait > 0) {
            // what the person wrote is shown again, so that nothing is lost while they wait
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(wait));
            return form(model, report, Map.of(), messages.getMessage("tell.tooMany", new Object[] {wait}, locale));
        }
        Map<String, PublicReports.Problem> problems = report.problems();
        if (!problems.isEmpty()) {
            response.setStatus(422);
            Map<String, String> errors = new LinkedHashMap<>();
            problems.forEach((field, p) -> errors.put(field,
                    messages.getMessage("tell.error." + p.code(), new Object[] {p.limit()}, locale)));
            return form(model, report, errors, messages.getMessage("tell.problems", null, locale));
        }
        reports.submit(report);
        return "redirect:" + PATH + "/sent";
    }

    @GetMapping(PATH + "/sent")
    String sent() {
        return "portal/report-sent";
    }

    private static String form(Model model, PublicReports.Report report, Map<String, String> errors, String problem) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("what", report.what());
        values.put("when", report.when());
        values.put("where", report.where());
        values.put("link", report.link());
        values.put("name", report.name());
        values.put("contact", report.contact());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("limits", PublicReports.LIMITS);
        return "portal/report-form";
    }
}
