package org.kuzet.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.actor.Actors;
import org.kuzet.api.Conflict;
import org.kuzet.api.FieldProblem;
import org.kuzet.api.InvalidInput;
import org.kuzet.web.Languages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff workspace's incident pages: record an incident in a form (errors shown beside their fields), see it
 * whole with its confidential parts, and move it through review. Editors publish and reject.
 */
@Controller
@RequestMapping("/staff/incidents")
class IncidentPages {

    private final IncidentDesk desk;
    private final Incidents incidents;
    private final FormChoices choices;
    private final Actors actors;

    IncidentPages(IncidentDesk desk, Incidents incidents, FormChoices choices, Actors actors) {
        this.desk = desk;
        this.incidents = incidents;
        this.choices = choices;
        this.actors = actors;
    }

    @GetMapping("/new")
    String blank(Model model, Locale locale) {
        IncidentPageForm form = new IncidentPageForm();
        return form(model, form, Map.of(), null, locale);
    }

    @PostMapping
    String create(@ModelAttribute("form") IncidentPageForm form, Model model, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        IncidentForm checked = toIncidentForm(form, errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInput(problems(errors));
            }
            Incident incident = desk.record(checked, null, Caller.requireStaff());
            return "redirect:/staff/incidents/" + incident.id();
        } catch (InvalidInput e) {
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
            return form(model, form, errors, null, locale);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model, Locale locale) {
        return form(model, IncidentPageForm.of(load(id)), Map.of(), id, locale);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") IncidentPageForm form, Model model, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        IncidentForm checked = toIncidentForm(form, errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInput(problems(errors));
            }
            if (load(id).state() == WorkflowState.PUBLISHED) {
                desk.correct(id, checked, form.getRevision(), form.getNote(), Caller.requireStaff());
            } else {
                desk.revise(id, checked, form.getRevision());
            }
            return "redirect:/staff/incidents/" + id;
        } catch (InvalidInput e) {
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
            return form(model, form, errors, id, locale);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        Incident incident = load(id);
        StaffMember me = Caller.requireStaff();
        String lang = Languages.of(locale);
        model.addAttribute("incident", IncidentView.of(incident, true));
        model.addAttribute("placeName", choices.placeName(incident.content().place(), lang));
        model.addAttribute("categoryLabel", choices.categoryLabel(incident.content().primaryCategory(), lang));
        model.addAttribute("mayPublish", me.mayPublish());
        model.addAttribute("revisions", incidents.revisions(id));
        return "incident/show";
    }

    @PostMapping("/{id}/{step:submit|publish|return|reopen}")
    String step(@PathVariable long id, @PathVariable String step, RedirectAttributes redirect) {
        StaffMember me = Caller.requireStaff();
        try {
            switch (step) {
                case "submit" -> desk.submit(id, me);
                case "publish" -> desk.publish(id, me);
                case "return" -> desk.returnToDraft(id, me);
                default -> desk.reopen(id, me);
            }
        } catch (Conflict | org.kuzet.api.Forbidden e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/staff/incidents/" + id;
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            desk.reject(id, Caller.requireStaff(), reason);
        } catch (Conflict | InvalidInput | org.kuzet.api.Forbidden e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/staff/incidents/" + id;
    }

    private String form(Model model, IncidentPageForm form, Map<String, String> errors, Long id, Locale locale) {
        form.padRows();
        String lang = Languages.of(locale);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("incidentId", id);
        model.addAttribute("categoryChoices", choices.categories(lang));
        model.addAttribute("placeChoices", choices.places(lang));
        model.addAttribute("victimKinds", codes(VictimKind.values()));
        model.addAttribute("perpetratorTypes", codes(PerpetratorType.values()));
        model.addAttribute("verifications", codes(Verification.values()));
        return "incident/form";
    }

    /** The typed form as the domain's form; numbers that are not numbers are reported here, the rest by the rules. */
    private IncidentForm toIncidentForm(IncidentPageForm form, Map<String, String> errors) {
        Integer people = wholeNumber(form.getPeopleAffected(), "people_affected", errors);
        Integer sources = wholeNumber(form.getIndependentSources(), "independent_sources", errors);
        List<IncidentForm.VictimForm> victims = new ArrayList<>();
        for (IncidentPageForm.VictimRow v : form.filledVictims()) {
            victims.add(new IncidentForm.VictimForm(actorOf(v.getName()), v.getName().trim(), v.getKind(),
                    blankToNull(v.getRole()), blankToNull(v.getGender()), blankToNull(v.getContact())));
        }
        List<IncidentForm.PerpetratorForm> perpetrators = new ArrayList<>();
        for (IncidentPageForm.PerpetratorRow p : form.filledPerpetrators()) {
            perpetrators.add(new IncidentForm.PerpetratorForm(actorOf(p.getName()), p.getName().trim(), p.getType()));
        }
        List<String> categories = form.getCategories() == null ? List.of()
                : form.getCategories().stream().filter(c -> !c.isBlank()).toList();
        return new IncidentForm(form.getTitle(), form.getSummary(), form.getDate(), blankToNull(form.getPlace()),
                blankToNull(form.getPrimaryCategory()), categories, people, form.getVerification(),
                sources == null ? 0 : sources, victims, perpetrators, List.of(), List.of(),
                blankToNull(form.getConfidentialNotes()));
    }

    /** A name that is exactly one known actor (in any spelling) is linked to that actor. */
    private String actorOf(String name) {
        List<Long> found = actors.findBySpelling(name);
        return found.size() == 1 ? String.valueOf(found.getFirst()) : null;
    }

    private Incident load(long id) {
        return incidents.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Integer wholeNumber(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            errors.put(field, "must be a whole number, not '" + text + "'");
            return null;
        }
    }

    private static List<FieldProblem> problems(Map<String, String> errors) {
        return errors.entrySet().stream().map(e -> new FieldProblem(e.getKey(), e.getValue())).toList();
    }

    private static List<String> codes(Coded[] values) {
        return java.util.Arrays.stream(values).map(Coded::code).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
