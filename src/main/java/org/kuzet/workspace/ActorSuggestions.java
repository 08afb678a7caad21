package org.kuzet.workspace;

import java.util.Map;
import org.kuzet.actor.Actors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Autocomplete for actor names in the staff forms: what was typed is matched against every alias in any script,
 * so "Азаттық" offers "Azattyq". Answers an htmx request with {@code <option>} elements for a datalist.
 */
@Controller
class ActorSuggestions {

    private final Actors actors;

    ActorSuggestions(Actors actors) {
        this.actors = actors;
    }

    /** The typed text comes under the name of the input that asked (e.g. {@code victims[0].name}) or as {@code q}. */
    @GetMapping("/staff/actors/suggest")
    String suggest(@RequestParam Map<String, String> params, Model model) {
        String typed = params.getOrDefault("q", params.values().stream().findFirst().orElse(""));
        model.addAttribute("names", actors.namesBeginning(typed, 10));
        return "actor/suggestions";
    }
}
