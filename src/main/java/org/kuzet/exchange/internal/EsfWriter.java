package org.kuzet.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kuzet.calendar.PartialDate;
import org.kuzet.incident.Incident;
import org.kuzet.incident.IncidentContent;
import org.kuzet.incident.Perpetrator;
import org.kuzet.incident.Victim;
import org.kuzet.incident.VictimKind;
import org.kuzet.inquiry.Inquiry;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.place.Places;
import org.kuzet.security.Viewer;
import org.kuzet.statement.Statements;
import org.springframework.stereotype.Component;

/**
 * One incident as an ESF Event with its records. An Act is written for each victim and each of the incident's
 * categories (the primary one first, marked {@code kuzet_primary}); an incident without a named victim has one Act
 * per category with no victim. What never leaves: victims' contacts, confidential notes, confidential sources and
 * correspondents' reports, and the ids of Kuzet's actor register.
 */
@Component
class EsfWriter {

    private final Places places;
    private final Surroundings surroundings;

    EsfWriter(Places places, Surroundings surroundings) {
        this.places = places;
        this.surroundings = surroundings;
    }

    Esf.Event event(Incident incident, Viewer viewer, String baseUrl) {
        IncidentContent c = incident.content();
        // a record made without one (by SQL, by an older import) is named as the door names new incidents
        String number = incident.externalId() != null ? incident.externalId() : "incident/" + incident.id();
        PartialDate date = c.date();
        String place = c.place() == null ? null : places.name(c.place(), "en");
        List<Esf.Person> persons = new ArrayList<>();
        List<String> victims = new ArrayList<>();
        for (Victim v : c.victims()) {
            String id = number + "/person/" + (persons.size() + 1);
            persons.add(new Esf.Person(id, v.name(), countingUnit(v), v.gender() == null ? Crosswalk.UNKNOWN_SEX
                    : Crosswalk.SEX.get(v.gender().code()), Crosswalk.OCCUPATION.get(v.kind().code()), v.role()));
            victims.add(id);
        }
        List<String> perpetrators = new ArrayList<>();
        for (Perpetrator p : c.perpetrators()) {
            String id = number + "/person/" + (persons.size() + 1);
            persons.add(new Esf.Person(id, p.name(), countingUnit(p), null, null, null));
            perpetrators.add(id);
        }
        String stateAttribution = stateAttribution(c.perpetrators());
        List<String> categories = new ArrayList<>(List.of(c.primaryCategory()));
        c.categories().stream().filter(code -> !code.equals(c.primaryCategory())).forEach(categories::add);
        List<Esf.Act> acts = new ArrayList<>();
        for (String victim : victims.isEmpty() ? java.util.Collections.<String>singletonList(null) : victims) {
            for (String category : categories) {
                acts.add(new Esf.Act(number + "/act/" + (acts.size() + 1), victim,
                        Crosswalk.TYPE_OF_ACT.getOrDefault(category, category), category.equals(c.primaryCategory()),
                        date.toString(), dateType(date), date.end().toString(), finalDateType(date), place,
                        perpetrators, stateAttribution));
            }
        }
        List<String> actNumbers = acts.stream().map(Esf.Act::actRecordNumber).toList();
        List<Esf.Involvement> involvements = new ArrayList<>();
        for (int i = 0; i < c.perpetrators().size(); i++) {
            involvements.add(new Esf.Involvement(number + "/involvement/" + (i + 1), perpetrators.get(i), actNumbers,
                    Crosswalk.TYPE_OF_PERPETRATOR.get(c.perpetrators().get(i).type().code()), "not recorded"));
        }
        List<Esf.Information> information = new ArrayList<>();
        for (Surroundings.PublicSource s : surroundings.sources(incident, viewer)) {
            information.add(new Esf.Information(number + "/information/" + (information.size() + 1), s.externalId(),
                    s.outlet(), s.title(), s.kind(), s.url(), s.publishedOn(), "not assessed"));
        }
        return new Esf.Event(number, c.title(), date.toString(), dateType(date), date.end().toString(),
                finalDateType(date), place, c.place(), c.summary(),
                Crosswalk.VIOLATION_STATUS.get(c.verification().code()), c.peopleAffected(), c.independentSources(),
                baseUrl + "/incidents/" + incident.id(), money(incident.id(), viewer), persons, acts, involvements,
                information, interventions(number, incident.id(), viewer));
    }

    private static String countingUnit(Victim v) {
        return v.kind() == VictimKind.MEDIA_OUTLET ? "organisation" : "person";
    }

    private static String countingUnit(Perpetrator p) {
        return switch (p.type()) {
            case OFFICIAL, PRIVATE_PERSON, UNKNOWN -> "person";
            default -> "organisation";
        };
    }

    private static String stateAttribution(List<Perpetrator> perpetrators) {
        List<String> kinds = perpetrators.stream().map(p -> Crosswalk.stateAttribution(p.type())).distinct().toList();
        if (kinds.contains("state")) {
            return "state";
        }
        return kinds.contains("non-state") ? "non-state" : "unknown";
    }

    static String dateType(PartialDate date) {
        return switch (date.precision()) {
            case DAY -> "exact";
            case MONTH -> "day unknown";
            case YEAR -> "month and day unknown";
        };
    }

    private static String finalDateType(PartialDate date) {
        return date.precision() == PartialDate.Precision.DAY ? "exact" : "end of period";
    }

    private Esf.KuzetMoney money(long incident, Viewer viewer) {
        List<LegalCases.Linked> cases = surroundings.cases(incident, viewer);
        if (cases.isEmpty()) {
            return null;
        }
        return new Esf.KuzetMoney(sum(cases, LegalCases.Linked::claimedKzt),
                sum(cases, LegalCases.Linked::awardedKzt), sum(cases, LegalCases.Linked::collectedKzt),
                cases.stream().map(k -> new Esf.Case(k.externalId() != null ? k.externalId() : "case/" + k.id(),
                        k.title(), k.kind(), k.stage(), k.claimedKzt(), k.awardedKzt(), k.collectedKzt())).toList());
    }

    private static long sum(List<LegalCases.Linked> cases,
            java.util.function.Function<LegalCases.Linked, Long> amount) {
        return cases.stream().map(amount).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
    }

    private List<Esf.Intervention> interventions(String number, long incident, Viewer viewer) {
        List<Esf.Intervention> interventions = new ArrayList<>();
        for (Statements.Reply r : surroundings.replies(incident)) {
            interventions.add(new Esf.Intervention(number + "/intervention/" + (interventions.size() + 1),
                    "official reply", r.role() == null ? r.speaker() : r.speaker() + ", " + r.role(), null,
                    r.date().toString(),
                    r.stance(), r.summary(), r.url()));
        }
        for (Inquiry q : surroundings.inquiries(incident, viewer)) {
            interventions.add(new Esf.Intervention(number + "/intervention/" + (interventions.size() + 1),
                    switch (q.kind()) {
                        case "appeal" -> "appeal";
                        case "right_of_reply" -> "request for reply";
                        default -> "information request";
                    }, q.askedByName(), q.addresseeName(), q.sentOn() == null ? null : q.sentOn().toString(),
                    q.status(), q.subject(), null));
        }
        return interventions;
    }
}
