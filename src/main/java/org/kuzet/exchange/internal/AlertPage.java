package org.kuzet.exchange.internal;

import org.kuzet.api.NotFound;
import org.kuzet.incident.Incident;
import org.kuzet.incident.Incidents;
import org.kuzet.incident.WorkflowState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /staff/incidents/{id}/alert}: the draft alert of a published incident in English and Russian, ready to copy,
 * and its Council of Europe platform categories. An incident not yet published has no alert: it is "not found" here.
 */
@Controller
class AlertPage {

    private final Incidents incidents;
    private final AlertDraft alerts;

    AlertPage(Incidents incidents, AlertDraft alerts) {
        this.incidents = incidents;
        this.alerts = alerts;
    }

    @GetMapping("/staff/incidents/{id}/alert")
    String alert(@PathVariable long id, Model model) {
        Incident incident = incidents.find(id).filter(i -> i.state() == WorkflowState.PUBLISHED)
                .orElseThrow(() -> new NotFound("No published incident with id " + id));
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        model.addAttribute("incident", incident);
        model.addAttribute("incidentTitle", incident.content().title());
        model.addAttribute("drafts", alerts.drafts(incident, base));
        model.addAttribute("coe", alerts.coe(incident));
        return "exchange/alert";
    }
}
