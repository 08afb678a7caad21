package org.kuzet.actor.internal;

import java.util.List;
import java.util.Map;
import org.kuzet.spelling.Spelling;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;

    ActorSuggestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The typed text comes under the name of the input that asked (e.g. {@code victims[0].name}) or as {@code q}. */
    @GetMapping("/staff/actors/suggest")
    String suggest(@RequestParam Map<String, String> params, Model model) {
        String typed = params.getOrDefault("q", params.values().stream().findFirst().orElse(""));
        String key = Spelling.key(typed);
        List<String> names = key.length() < 2 ? List.of() : jdbc.sql("""
                select a.name from actor a
                where exists (select 1 from actor_alias x where x.actor_id = a.id and x.key like :prefix)
                order by a.name limit 10""").param("prefix", key + "%").query(String.class).list();
        model.addAttribute("names", names);
        return "actor/suggestions";
    }
}
