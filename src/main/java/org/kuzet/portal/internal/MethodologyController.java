package org.kuzet.portal.internal;

import java.util.List;
import org.kuzet.incident.Verification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * How the service counts (docs/counting-rules.md said for the public), what its verification levels mean, how a
 * correction shows, how to tell it of an incident, and its contacts from the configuration.
 */
@Controller
class MethodologyController {

    private final ServiceContacts contacts;

    MethodologyController(ServiceContacts contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/methodology")
    String methodology(Model model) {
        model.addAttribute("contacts", contacts);
        model.addAttribute("levels", List.of(Verification.values()).stream()
                .map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toList());
        return "portal/methodology";
    }
}
