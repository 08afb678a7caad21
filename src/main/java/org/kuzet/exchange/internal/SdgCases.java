package org.kuzet.exchange.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.kuzet.incident.Incident;
import org.kuzet.incident.IncidentContent;
import org.kuzet.incident.IncidentFilter;
import org.kuzet.incident.IncidentSearch;
import org.kuzet.incident.Perpetrator;
import org.kuzet.incident.Victim;
import org.kuzet.incident.VictimKind;
import org.kuzet.place.Places;
import org.springframework.stereotype.Component;

/**
 * The cases of SDG indicator 16.10.1 among published incidents: an act in its scope against a person of a group in
 * its scope, one case per person and incident, with the minimum data OHCHR asks per case. In scope are Kuzet's
 * categories {@code detention} (arbitrary detention), {@code attacks} and {@code threats} (other harmful acts; a
 * killing, a disappearance, torture or a kidnapping is filed under these today, Kuzet's tree having no category of
 * its own for them), against journalists and bloggers (journalists and media workers) and human-rights defenders.
 * A person named twice in an incident (as journalist and as defender) is one case with both statuses. What Kuzet does
 * not record (sex when not known, age group, motive) is said as {@value #NOT_RECORDED}. docs/exchange-formats.md says
 * why each is in or out.
 */
@Component
class SdgCases {

    static final String NOT_RECORDED = "not recorded";

    /** Kuzet's categories in scope, and the indicator's type of act each is. */
    static final Map<String, String> ACTS = Map.of(
            "detention", "arbitrary detention",
            "attacks", "other harmful act (physical attack)",
            "threats", "other harmful act (threat)");

    /** Kuzet's victim kinds in scope, and the indicator's status each is. */
    static final Map<VictimKind, String> STATUS = Map.of(
            VictimKind.JOURNALIST, "journalist or media worker",
            VictimKind.BLOGGER, "journalist or media worker",
            VictimKind.HUMAN_RIGHTS_DEFENDER, "human rights defender");

    @Schema(name = "Sdg16101Case", description = "One case of SDG indicator 16.10.1: a person and an incident")
    record Case(String caseId, long incident, String url, String victim, String status, String sex,
            String ageGroup, String date, String placeCode, String place, String typeOfAct,
            String perpetratorCategory, String motive, boolean twoIndependentSources) {
    }

    @Schema(name = "Sdg16101List", description = "The cases of SDG indicator 16.10.1 among published incidents")
    record Listing(String indicator, String note, List<Case> cases) {
    }

    static final String[] COLUMNS = {"case_id", "incident", "url", "victim", "status", "sex", "age_group", "date",
        "place_code", "place", "type_of_act", "perpetrator_category", "motive", "two_independent_sources"};

    private final IncidentSearch search;
    private final Places places;

    SdgCases(IncidentSearch search, Places places) {
        this.search = search;
        this.places = places;
    }

    /** Every case among the incidents the filter selects, the newest incidents first. */
    void each(IncidentFilter filter, String baseUrl, Consumer<Case> out) {
        EveryIncident.each(search, filter, incident -> cases(incident, baseUrl).forEach(out));
    }

    List<Case> cases(Incident incident, String baseUrl) {
        IncidentContent c = incident.content();
        List<String> acts = new ArrayList<>();
        for (String category : categories(c)) {
            if (ACTS.containsKey(category)) {
                acts.add(ACTS.get(category));
            }
        }
        if (acts.isEmpty()) {
            return List.of();
        }
        Map<String, Person> persons = new LinkedHashMap<>();
        for (Victim v : c.victims()) {
            if (STATUS.containsKey(v.kind())) {
                Person p = persons.computeIfAbsent(identity(v), k -> new Person(v));
                p.statuses.add(STATUS.get(v.kind()));
                // the sex, where any naming of the person records it
                p.gender = p.gender == null ? v.gender() : p.gender;
            }
        }
        List<Case> cases = new ArrayList<>();
        String place = c.place() == null ? NOT_RECORDED : places.name(c.place(), "en");
        for (Person p : persons.values()) {
            cases.add(new Case(incident.id() + "-" + (cases.size() + 1), incident.id(),
                    baseUrl + "/incidents/" + incident.id(), p.victim.name(), String.join("; ", p.statuses),
                    p.gender == null ? NOT_RECORDED : p.gender.code(), NOT_RECORDED,
                    c.date().toString(), c.place(), place, String.join("; ", acts), perpetrators(c.perpetrators()),
                    NOT_RECORDED, c.independentSources() >= 2));
        }
        return cases;
    }

    private static List<String> categories(IncidentContent c) {
        Set<String> all = new LinkedHashSet<>();
        all.add(c.primaryCategory());
        all.addAll(c.categories());
        return List.copyOf(all);
    }

    /** One person, however many times named: their register entry, else their name in any case and spacing. */
    private static String identity(Victim v) {
        return v.actor() != null ? "actor:" + v.actor()
                : "name:" + v.name().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static final class Person {
        final Victim victim;
        final Set<String> statuses = new LinkedHashSet<>();
        org.kuzet.incident.Gender gender;

        Person(Victim victim) {
            this.victim = victim;
            this.gender = victim.gender();
        }
    }

    /** The indicator's perpetrator categories: state actors, non-state actors, or unknown. */
    private static String perpetrators(List<Perpetrator> perpetrators) {
        Set<String> kinds = new LinkedHashSet<>();
        for (Perpetrator p : perpetrators) {
            kinds.add(switch (Crosswalk.stateAttribution(p.type())) {
                case "state" -> "state actor";
                case "non-state" -> "non-state actor";
                default -> "unknown";
            });
        }
        if (kinds.size() > 1) {
            kinds.remove("unknown");
        }
        return kinds.isEmpty() ? NOT_RECORDED : String.join("; ", kinds);
    }
}
