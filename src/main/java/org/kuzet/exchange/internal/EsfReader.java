package org.kuzet.exchange.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kuzet.core.FieldProblem;
import org.kuzet.incident.IncidentForm;

/**
 * One ESF Event read back into the incident form Kuzet's door checks: the Acts give the categories (the one marked
 * {@code kuzet_primary}, else the first, is the primary one) and the victims, the Involvements the perpetrators, the
 * Information the sources (by their record numbers, resolved by the caller). Every term is read through
 * {@link Crosswalk}; a term it does not know, or a record number that names no record, is a problem naming the
 * field. The form's own field names are said back in ESF's ({@link #inEsfTerms}).
 */
final class EsfReader {

    /** The form, the external ids of the sources it cites, and the ESF field of each of the form's fields. */
    record Read(IncidentForm form, List<Esf.Information> sources, Map<String, String> esfFields) {
    }

    private final Esf.Event event;
    private final List<FieldProblem> problems = new ArrayList<>();
    private final Map<String, String> esfFields = new LinkedHashMap<>(Map.of("title", "event_title",
            "summary", "event_description", "date", "initial_date", "place", "local_geographical_area",
            "verification", "violation_status", "people_affected", "kuzet_people_affected",
            "independent_sources", "kuzet_independent_sources"));

    EsfReader(Esf.Event event) {
        this.event = event;
    }

    List<FieldProblem> problems() {
        return problems;
    }

    Read read() {
        Map<String, Integer> persons = new LinkedHashMap<>();
        List<Esf.Person> people = list(event.persons());
        for (int i = 0; i < people.size(); i++) {
            persons.put(people.get(i).personRecordNumber(), i);
        }
        List<Esf.Act> acts = list(event.acts());
        if (acts.isEmpty()) {
            problems.add(FieldProblem.of("acts", "problem.esfNoAct"));
        }
        int primaryAct = 0;
        for (int j = 0; j < acts.size(); j++) {
            if (acts.get(j).kuzetPrimary()) {
                primaryAct = j;
                break;
            }
        }
        String primary = acts.isEmpty() ? null : category(acts.get(primaryAct), primaryAct);
        esfFields.put("primary_category", "acts[" + primaryAct + "].type_of_act");
        Set<String> further = new LinkedHashSet<>();
        Set<String> victimNumbers = new LinkedHashSet<>();
        for (int j = 0; j < acts.size(); j++) {
            String code = j == primaryAct ? primary : category(acts.get(j), j);
            if (code != null && !code.equals(primary) && further.add(code)) {
                esfFields.put("categories[" + (further.size() - 1) + "]", "acts[" + j + "].type_of_act");
            }
            String victim = acts.get(j).victim();
            if (victim != null && !persons.containsKey(victim)) {
                problems.add(FieldProblem.of("acts[" + j + "].victim", "problem.esfNoSuchRecord", victim));
            } else if (victim != null) {
                victimNumbers.add(victim);
            }
        }
        List<IncidentForm.VictimForm> victims = new ArrayList<>();
        for (String number : victimNumbers) {
            int k = persons.get(number);
            esfFields.put("victims[" + victims.size() + "]", "persons[" + k + "]");
            victims.add(victim(people.get(k), k));
        }
        List<IncidentForm.PerpetratorForm> perpetrators = new ArrayList<>();
        List<Esf.Involvement> involvements = list(event.involvements());
        for (int j = 0; j < involvements.size(); j++) {
            Esf.Involvement involvement = involvements.get(j);
            Integer k = persons.get(involvement.perpetrator());
            if (k == null) {
                problems.add(FieldProblem.of("involvements[" + j + "].perpetrator", "problem.esfNoSuchRecord",
                        String.valueOf(involvement.perpetrator())));
                continue;
            }
            esfFields.put("perpetrators[" + perpetrators.size() + "]", "persons[" + k + "]");
            perpetrators.add(new IncidentForm.PerpetratorForm(null, people.get(k).name(),
                    term(Crosswalk.TYPE_OF_PERPETRATOR, involvement.typeOfPerpetrator(),
                            "involvements[" + j + "].type_of_perpetrator")));
        }
        String verification = event.violationStatus() == null ? null
                : term(Crosswalk.VIOLATION_STATUS, event.violationStatus(), "violation_status");
        List<Esf.Information> information = list(event.information());
        for (int j = 0; j < information.size(); j++) {
            if (blank(information.get(j).sourceRecordNumber())) {
                problems.add(FieldProblem.of("information[" + j + "].source_record_number", "problem.required"));
            }
        }
        IncidentForm form = new IncidentForm(event.eventTitle(), event.eventDescription(), event.initialDate(),
                event.localGeographicalArea(), primary, List.copyOf(further), event.kuzetPeopleAffected(),
                verification, event.kuzetIndependentSources(), victims, perpetrators, List.of(), List.of(), null,
                null);
        return new Read(form, information, esfFields);
    }

    private IncidentForm.VictimForm victim(Esf.Person person, int k) {
        String kind = term(Crosswalk.OCCUPATION, person.occupation(), "persons[" + k + "].occupation");
        String gender = null;
        if (person.sex() != null && !Crosswalk.UNKNOWN_SEX.equals(person.sex())) {
            gender = term(Crosswalk.SEX, person.sex(), "persons[" + k + "].sex");
        }
        return new IncidentForm.VictimForm(null, person.name(), kind, person.localTermForOccupation(), gender, null);
    }

    private String category(Esf.Act act, int j) {
        return term(Crosswalk.TYPE_OF_ACT, act.typeOfAct(), "acts[" + j + "].type_of_act");
    }

    /** The Kuzet code of an ESF term, or a problem naming the field and the terms allowed. */
    private String term(Map<String, String> table, String term, String field) {
        if (blank(term)) {
            problems.add(FieldProblem.of(field, "problem.required"));
            return null;
        }
        Optional<String> code = Crosswalk.codeOf(table, term);
        if (code.isEmpty()) {
            problems.add(FieldProblem.of(field, "problem.oneOfNot", String.join(", ", table.values()), term));
        }
        return code.orElse(null);
    }

    /** A problem the incident's rules found, named by the ESF field it came from. */
    FieldProblem inEsfTerms(FieldProblem problem) {
        String field = problem.field() == null ? "" : problem.field();
        for (Map.Entry<String, String> e : esfFields.entrySet()) {
            if (field.equals(e.getKey()) || field.startsWith(e.getKey() + ".")) {
                String rest = field.substring(e.getKey().length());
                return new FieldProblem(e.getValue() + rest, problem.key(), problem.args());
            }
        }
        return problem;
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
