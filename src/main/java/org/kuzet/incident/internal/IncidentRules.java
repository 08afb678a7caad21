package org.kuzet.incident.internal;

import org.kuzet.incident.Coded;
import org.kuzet.incident.Gender;
import org.kuzet.incident.IncidentContent;
import org.kuzet.incident.IncidentForm;
import org.kuzet.incident.Perpetrator;
import org.kuzet.incident.PerpetratorType;
import org.kuzet.incident.Verification;
import org.kuzet.incident.Victim;
import org.kuzet.incident.VictimKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.core.BadValue;
import org.kuzet.core.ControlCharacters;
import org.kuzet.core.FieldProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import org.kuzet.api.InvalidInput;
import org.kuzet.calendar.PartialDate;
import org.kuzet.place.Places;
import org.kuzet.reference.References;
import org.kuzet.taxonomy.Categories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks an {@link IncidentForm} completely and reports every problem at once (a form with three mistakes gets
 * three messages, not one per attempt): required fields, codes against the category tree and the gazetteer, dates
 * that exist and are not in the future, closed vocabularies, and references that resolve.
 */
@Component
public class IncidentRules {

    /** Kazakhstan has kept one time zone (UTC+5) since March 2024; "today" is today there. */
    static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    /** The gazetteer and the category tree as the checks ask them. */
    private interface Codes {
        boolean placeExists(String code);

        boolean isGroup(String code);

        boolean isAssignable(String code);

        List<String> inGroup(String group);
    }

    private final Codes codes;

    @Autowired
    IncidentRules(Places places, Categories categories) {
        this(new Codes() {
            @Override
            public boolean placeExists(String code) {
                return places.exists(code);
            }

            @Override
            public boolean isGroup(String code) {
                return categories.isGroup(code);
            }

            @Override
            public boolean isAssignable(String code) {
                return categories.isAssignable(code);
            }

            @Override
            public List<String> inGroup(String group) {
                return categories.inGroup(group);
            }
        });
    }

    private IncidentRules(Codes codes) {
        this.codes = codes;
    }

    /**
     * The same rules with every answer of the gazetteer and the category tree remembered: for one import, where a
     * hundred thousand records ask about the same few dozen codes and the reference data does not change meanwhile.
     */
    IncidentRules remembering() {
        Map<String, Boolean> places = new HashMap<>();
        Map<String, Boolean> groups = new HashMap<>();
        Map<String, Boolean> assignable = new HashMap<>();
        Map<String, List<String>> members = new HashMap<>();
        Codes from = codes;
        return new IncidentRules(new Codes() {
            @Override
            public boolean placeExists(String code) {
                return code != null && places.computeIfAbsent(code, from::placeExists);
            }

            @Override
            public boolean isGroup(String code) {
                return code != null && groups.computeIfAbsent(code, from::isGroup);
            }

            @Override
            public boolean isAssignable(String code) {
                return code != null && assignable.computeIfAbsent(code, from::isAssignable);
            }

            @Override
            public List<String> inGroup(String group) {
                return members.computeIfAbsent(group, from::inGroup);
            }
        });
    }

    /** The form as the fields the API and the dataset name, so that a problem names the field as they do. */
    private static final JsonMapper AS_FIELDS = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    /** The checked content, or {@link InvalidInput} listing every problem. */
    public IncidentContent check(IncidentForm form, References references) {
        List<FieldProblem> problems = new ArrayList<>();
        IncidentContent content = check(form, references, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return content;
    }

    /** The checked content, with problems added to the list (content is null when there were any). */
    public IncidentContent check(IncidentForm form, References references, List<FieldProblem> problems) {
        int before = problems.size();
        problems.addAll(ControlCharacters.in(AS_FIELDS.<JsonNode>valueToTree(form)));
        String title = required(form.title(), "title", problems);
        boolean historical = Boolean.TRUE.equals(form.historical());
        PartialDate date = recent(date(form.date(), problems), historical, problems);
        String place = place(form.place(), problems);
        String primary = primaryCategory(form.primaryCategory(), problems);
        List<String> further = furtherCategories(form.categories(), primary, problems);
        if (form.peopleAffected() != null && form.peopleAffected() < 0) {
            problems.add(FieldProblem.of("people_affected", "problem.notNegative", form.peopleAffected()));
        }
        Verification verification = form.verification() == null ? Verification.UNVERIFIED
                : code(Verification.class, form.verification(), "verification", problems);
        int independentSources = form.independentSources() == null ? 0 : form.independentSources();
        if (independentSources < 0) {
            problems.add(FieldProblem.of("independent_sources", "problem.notNegative", independentSources));
        }
        List<Victim> victims = victims(form.victims(), references, problems);
        List<Perpetrator> perpetrators = perpetrators(form.perpetrators(), references, problems);
        List<Long> sources = resolveAll(form.sources(), "sources", "source", references, problems);
        List<Long> linked = resolveAll(form.linkedIncidents(), "linked_incidents", "incident", references, problems);
        if (problems.size() > before) {
            return null;
        }
        return new IncidentContent(title, form.summary() == null ? "" : form.summary().strip(), date, place, primary,
                further, form.peopleAffected(), verification, independentSources, victims, perpetrators, sources,
                linked, blankToNull(form.confidentialNotes()), historical);
    }

    /** The first year the monitoring follows without a second look: Kazakhstan's independence. */
    static final int FIRST_RECENT_YEAR = 1991;

    /**
     * A date before 1991 is more often a slip (1924 for 2024) than an event the monitoring follows: it is taken
     * only for an incident marked historical.
     */
    private static PartialDate recent(PartialDate date, boolean historical, List<FieldProblem> problems) {
        if (date != null && !historical && date.start().getYear() < FIRST_RECENT_YEAR) {
            problems.add(FieldProblem.of("date", "problem.beforeRecentYears", date, FIRST_RECENT_YEAR));
            return null;
        }
        return date;
    }

    private static String required(String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "problem.required"));
            return null;
        }
        return value.strip();
    }

    private static PartialDate date(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of("date", "problem.dateRequired"));
            return null;
        }
        try {
            PartialDate date = PartialDate.parse(text);
            if (date.isAfter(LocalDate.now(KAZAKHSTAN))) {
                problems.add(FieldProblem.of("date", "problem.future", text));
                return null;
            }
            return date;
        } catch (BadValue e) {
            problems.add(e.at("date"));
            return null;
        }
    }

    private String place(String code, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!codes.placeExists(code)) {
            problems.add(FieldProblem.of("place", "problem.place", code));
            return null;
        }
        return code;
    }

    private String primaryCategory(String code, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(FieldProblem.of("primary_category", "problem.required"));
            return null;
        }
        return category(code, "primary_category", problems);
    }

    private List<String> furtherCategories(List<String> codes, String primary, List<FieldProblem> problems) {
        LinkedHashSet<String> result = new LinkedHashSet<>();
        List<String> given = codes == null ? List.of() : codes;
        for (int i = 0; i < given.size(); i++) {
            String code = category(given.get(i), "categories[" + i + "]", problems);
            if (code != null && !code.equals(primary)) {
                result.add(code);
            }
        }
        return List.copyOf(result);
    }

    private String category(String code, String field, List<FieldProblem> problems) {
        if ("context".equals(code)) {
            problems.add(FieldProblem.of(field, "problem.contextIsNoViolation"));
        } else if (codes.isGroup(code)) {
            problems.add(FieldProblem.of(field, "problem.categoryGroup", code, String.join(", ", codes.inGroup(code))));
        } else if (!codes.isAssignable(code)) {
            problems.add(FieldProblem.of(field, "problem.unknownCategory", code));
        } else {
            return code;
        }
        return null;
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String value, String field,
            List<FieldProblem> problems) {
        Optional<E> found = Coded.find(type, value);
        if (found.isEmpty()) {
            problems.add(FieldProblem.of(field, "problem.oneOfNot", Coded.allowed(type), value));
        }
        return found.orElse(null);
    }

    private static List<Victim> victims(List<IncidentForm.VictimForm> given, References references,
            List<FieldProblem> problems) {
        List<Victim> result = new ArrayList<>();
        List<IncidentForm.VictimForm> forms = given == null ? List.of() : given;
        for (int i = 0; i < forms.size(); i++) {
            String at = "victims[" + i + "]";
            IncidentForm.VictimForm v = forms.get(i);
            if (v == null) {
                problems.add(FieldProblem.of(at, "problem.objectNotNull"));
                continue;
            }
            Long actor = resolve(v.actor(), at + ".actor", "actor", references, problems);
            String name = required(v.name(), at + ".name", problems);
            VictimKind kind = v.kind() == null ? missing(at + ".kind", VictimKind.class, problems)
                    : code(VictimKind.class, v.kind(), at + ".kind", problems);
            Gender gender = v.gender() == null ? null : code(Gender.class, v.gender(), at + ".gender", problems);
            result.add(new Victim(actor, name, kind, blankToNull(v.role()), gender, blankToNull(v.contact())));
        }
        return result;
    }

    private static List<Perpetrator> perpetrators(List<IncidentForm.PerpetratorForm> given, References references,
            List<FieldProblem> problems) {
        List<Perpetrator> result = new ArrayList<>();
        List<IncidentForm.PerpetratorForm> forms = given == null ? List.of() : given;
        for (int i = 0; i < forms.size(); i++) {
            String at = "perpetrators[" + i + "]";
            IncidentForm.PerpetratorForm p = forms.get(i);
            if (p == null) {
                problems.add(FieldProblem.of(at, "problem.objectNotNull"));
                continue;
            }
            Long actor = resolve(p.actor(), at + ".actor", "actor", references, problems);
            String name = required(p.name(), at + ".name", problems);
            PerpetratorType type = p.type() == null ? missing(at + ".type", PerpetratorType.class, problems)
                    : code(PerpetratorType.class, p.type(), at + ".type", problems);
            result.add(new Perpetrator(actor, name, type));
        }
        return result;
    }

    private static <E extends Enum<E> & Coded> E missing(String field, Class<E> type, List<FieldProblem> problems) {
        problems.add(FieldProblem.of(field, "problem.requiredOneOf", Coded.allowed(type)));
        return null;
    }

    private static List<Long> resolveAll(List<String> given, String field, String what, References references,
            List<FieldProblem> problems) {
        LinkedHashSet<Long> result = new LinkedHashSet<>();
        List<String> refs = given == null ? List.of() : given;
        for (int i = 0; i < refs.size(); i++) {
            if (refs.get(i) == null) {
                problems.add(FieldProblem.of(field + "[" + i + "]", "problem.referenceNull", what,
                        references.kind()));
                continue;
            }
            Long id = resolve(refs.get(i), field + "[" + i + "]", what, references, problems);
            if (id != null) {
                result.add(id);
            }
        }
        return List.copyOf(result);
    }

    /** The id {@code reference} names among the records of {@code what} (its section is the plural: "actors"). */
    private static Long resolve(String reference, String field, String what, References references,
            List<FieldProblem> problems) {
        if (reference == null) {
            return null;
        }
        Optional<Long> id = references.find(what + "s", reference);
        if (id.isEmpty()) {
            problems.add(FieldProblem.of(field, "problem.noSuchRecord", what, references.kind(), reference));

        }
        return id.orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
