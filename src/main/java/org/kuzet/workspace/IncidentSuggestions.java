package org.kuzet.workspace;

import java.util.Map;
import org.kuzet.incident.IncidentSearch;
import org.kuzet.security.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Incidents picked by their title in the staff forms (linking a case, relating incidents): answers an htmx request
 * with {@code <option>} elements for a datalist, each "#12 · 2024-03 · title", only of what the viewer may see.
 */
@Controller
class IncidentSuggestions {

    private final IncidentSearch search;

    IncidentSuggestions(IncidentSearch search) {
        this.search = search;
    }

    /** The typed text comes under the name of the input that asked (e.g. {@code incident}) or as {@code q}. */
    @GetMapping("/staff/incidents/suggest")
    String suggest(@RequestParam Map<String, String> params, Model model) {
        String typed = params.getOrDefault("q", params.values().stream().findFirst().orElse(""));
        model.addAttribute("incidents", search.titled(typed, Viewer.current(), 10));
        return "workspace/incident-suggestions";
    }
}
