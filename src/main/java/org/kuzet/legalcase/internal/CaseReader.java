package org.kuzet.legalcase.internal;

import org.kuzet.legalcase.CaseEvent;
import org.kuzet.legalcase.CaseFacts;
import org.kuzet.legalcase.CaseParty;
import org.kuzet.legalcase.EventKind;
import org.kuzet.legalcase.LegalCase;
import org.kuzet.legalcase.Stage;
import org.kuzet.legalcase.TimelineRuleBroken;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kuzet.core.ControlCharacters;
import org.kuzet.core.BadValue;
import org.kuzet.core.FieldProblem;
import org.kuzet.calendar.PartialDate;
import tools.jackson.databind.JsonNode;

/**
 * Reads a legal case written in the dataset format (the API takes the same shape) and checks every rule, so that
 * one bad record yields the list of everything wrong with it, each naming its field.
 */
public final class CaseReader {

    static final Set<String> KEYS = Set.of("external_id", "title", "kind", "stage", "basis", "court", "opened_on",
            "direction", "honour_and_dignity", "parties", "claimed_kzt", "awarded_kzt", "collected_kzt", "incidents",
            "events");
    private static final Set<String> PARTY_KEYS = Set.of("actor", "name", "role");
    private static final Set<String> EVENT_KEYS = Set.of("date", "kind", "description", "in_favour_of_media",
            "amount_kzt");
    private static final Set<String> KINDS = Set.of("criminal", "administrative", "civil");
    private static final Set<String> DIRECTIONS = Set.of("against_media", "brought_by_media");
    private static final Set<String> ROLES = Set.of("plaintiff", "defendant", "accused", "complainant", "victim",
            "prosecutor", "third_party");

    private final CaseReferences references;
    private final LocalDate today;
    private final List<FieldProblem> problems = new ArrayList<>();

    public CaseReader(CaseReferences references, LocalDate today) {
        this.references = references;
        this.today = today;
    }

    /** The case the record describes, or empty with {@link #problems()} saying why not. */
    public Optional<LegalCase> read(JsonNode record) {
        problems.clear();
        if (record == null || !record.isObject()) {
            problem("", "problem.jsonObject");
            return Optional.empty();
        }
        problems.addAll(ControlCharacters.in(record));
        unknownKeys(record, KEYS, "");
        String externalId = optionalText(record, "external_id");
        String court = optionalText(record, "court");
        String title = requiredText(record, "title");
        String kind = oneOf(record, "kind", KINDS, true);
        String direction = oneOf(record, "direction", DIRECTIONS, true);
        String basis = basis(record, kind);
        PartialDate openedOn = date(record.get("opened_on"), "opened_on", true, false);
        Long claimed = money(record, "claimed_kzt");
        Long awarded = money(record, "awarded_kzt");
        Long collected = money(record, "collected_kzt");
        Boolean honour = bool(record.get("honour_and_dignity"), "honour_and_dignity");
        List<CaseParty> parties = parties(record.get("parties"));
        List<Long> incidents = incidents(record.get("incidents"));
        Stage stage = stage(record);
        List<CaseEvent> events = events(record.get("events"));
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        boolean honourAndDignity = honour != null ? honour : "kz-civ-143".equals(basis);
        CaseFacts facts = new CaseFacts(externalId, title.trim(), kind, basis, court,
                openedOn, direction, honourAndDignity, claimed, parties, incidents);
        LegalCase legalCase = LegalCase.opened(facts);
        for (int i = 0; i < events.size(); i++) {
            try {
                legalCase.record(events.get(i), today);
            } catch (TimelineRuleBroken e) {
                problems.add(e.problem().within("events[" + i + "]"));
                return Optional.empty();
            }
        }
        try {
            if (stage != null) {
                legalCase.reportedAt(stage);
            }
        } catch (TimelineRuleBroken e) {
            problems.add(e.problem());
            return Optional.empty();
        }
        legalCase.statedAmounts(awarded, collected);
        return Optional.of(legalCase);
    }

    /** Reads one event (the body of {@code POST /legal-cases/{id}/events}). */
    public Optional<CaseEvent> readEvent(JsonNode node, String at) {
        problems.clear();
        problems.addAll(ControlCharacters.in(node));
        CaseEvent event = event(node, at);
        return problems.isEmpty() ? Optional.of(event) : Optional.empty();
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    private String basis(JsonNode record, String kind) {
        String basis = optionalText(record, "basis");
        if (basis == null) {
            return null;
        }
        Optional<String> law = references.articleKind(basis);
        if (law.isEmpty()) {
            problem("basis", "problem.unknownArticle", basis, "kz-cc-158, kz-civ-143, kz-ac-73-3");
        } else if (kind != null && !law.get().equals(kind)) {
            problem("basis", "problem.basisKind", basis, law.get(), kind);
        }
        return basis;
    }

    private Stage stage(JsonNode record) {
        String code = optionalText(record, "stage");
        if (code == null) {
            return null;
        }
        Optional<Stage> stage = Stage.ofCode(code);
        if (stage.isEmpty()) {
            problem("stage", "problem.oneOfNot", "pretrial, first_instance, appeal, cassation, in_force, enforcement, "
                    + "closed", code);
        }
        return stage.orElse(null);
    }

    private List<CaseParty> parties(JsonNode node) {
        List<CaseParty> parties = new ArrayList<>();
        if (!isArray(node, "parties")) {
            return parties;
        }
        for (int i = 0; i < node.size(); i++) {
            String at = "parties[" + i + "]";
            JsonNode party = node.get(i);
            if (!party.isObject()) {
                problem(at, "problem.objectWith", "actor, name and role");
                continue;
            }
            unknownKeys(party, PARTY_KEYS, at + ".");
            Long actorId = reference(party.get("actor"), at + ".actor", true);
            String name = requiredText(party, "name", at + ".name");
            String role = oneOf(party, "role", ROLES, true, at + ".role");
            parties.add(new CaseParty(actorId, name, role));
        }
        return parties;
    }

    private List<Long> incidents(JsonNode node) {
        List<Long> ids = new ArrayList<>();
        if (!isArray(node, "incidents")) {
            return ids;
        }
        for (int i = 0; i < node.size(); i++) {
            Long id = reference(node.get(i), "incidents[" + i + "]", false);
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private List<CaseEvent> events(JsonNode node) {
        List<CaseEvent> events = new ArrayList<>();
        if (!isArray(node, "events")) {
            return events;
        }
        for (int i = 0; i < node.size(); i++) {
            events.add(event(node.get(i), "events[" + i + "]"));
        }
        return events;
    }

    private CaseEvent event(JsonNode node, String at) {
        String prefix = at.isEmpty() ? "" : at + ".";
        if (node == null || !node.isObject()) {
            problem(at.isEmpty() ? "body" : at, "problem.objectWith", "date, kind, description");
            return null;
        }
        unknownKeys(node, EVENT_KEYS, prefix);
        // whether an event may lie ahead is the timeline's rule (LegalCase.record): hearings and deadlines may
        PartialDate date = date(node.get("date"), prefix + "date", true, true);
        String kindCode = requiredText(node, "kind", prefix + "kind");
        EventKind kind = null;
        if (kindCode != null) {
            kind = EventKind.ofCode(kindCode).orElse(null);
            if (kind == null) {
                problem(prefix + "kind", "problem.oneOfNot", "filed, investigation_opened, sent_to_court, hearing, "
                        + "judgment, appeal, cassation, in_force, enforcement, dismissed, closed, deadline", kindCode);
            }
        }
        String description = optionalText(node, "description", prefix + "description");
        Boolean favour = bool(node.get("in_favour_of_media"), prefix + "in_favour_of_media");
        Long amount = money(node, "amount_kzt", prefix + "amount_kzt");
        return new CaseEvent(date, kind, description == null ? "" : description, favour, amount);
    }

    private Long reference(JsonNode node, String field, boolean actor) {
        if (node == null || node.isNull()) {
            if (!actor) {
                problem(field, "problem.incidentReference");
            }
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            long id = node.longValue();
            boolean exists = actor ? references.actorExists(id) : references.incidentExists(id);
            if (!exists) {
                problem(field, "problem.noRecordWithId", actor ? "actor" : "incident", id);
            }
            return exists ? id : null;
        }
        if (node.isString() && !node.stringValue().isBlank()) {
            String ext = node.stringValue();
            Optional<Long> id = actor ? references.actor(ext) : references.incident(ext);
            if (id.isEmpty()) {
                problem(field, "problem.noRecordWithExternalId", actor ? "actor" : "incident", ext);
            }
            return id.orElse(null);
        }
        problem(field, "problem.idOrExternalId");
        return null;
    }

    private PartialDate date(JsonNode node, String field, boolean required, boolean mayBeAhead) {
        if (node == null || node.isNull()) {
            if (required) {
                problem(field, "problem.required");
            }
            return null;
        }
        if (!node.isString()) {
            problem(field, "problem.dateText");
            return null;
        }
        try {
            PartialDate date = PartialDate.parse(node.stringValue());
            if (date.isAfter(today) && !mayBeAhead) {
                problem(field, "problem.caseOpenedAhead", date);
                return null;
            }
            return date;
        } catch (BadValue e) {
            problems.add(e.at(field));
            return null;
        }
    }

    private Long money(JsonNode record, String key) {
        return money(record, key, key);
    }

    private Long money(JsonNode record, String key, String field) {
        JsonNode node = record.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            problem(field, "problem.tenge", node.isString() ? node.stringValue() : node.toString(), node);
            return null;
        }
        if (node.longValue() < 0) {
            problem(field, "problem.negative");
            return null;
        }
        return node.longValue();
    }

    private Boolean bool(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            problem(field, "problem.trueFalseOrNull");
            return null;
        }
        return node.booleanValue();
    }

    private String oneOf(JsonNode record, String key, Set<String> allowed, boolean required) {
        return oneOf(record, key, allowed, required, key);
    }

    private String oneOf(JsonNode record, String key, Set<String> allowed, boolean required, String field) {
        String value = required ? requiredText(record, key, field) : optionalText(record, key);
        if (value != null && !allowed.contains(value)) {
            problem(field, "problem.oneOfNot", String.join(", ", allowed.stream().sorted().toList()), value);
            return null;
        }
        return value;
    }

    private String requiredText(JsonNode record, String key) {
        return requiredText(record, key, key);
    }

    private String requiredText(JsonNode record, String key, String field) {
        JsonNode node = record.get(key);
        if (node == null || node.isNull() || !node.isString() || node.stringValue().isBlank()) {
            problem(field, node == null || node.isNull() ? "problem.required" : "problem.nonEmptyText");
            return null;
        }
        return node.stringValue();
    }

    private String optionalText(JsonNode record, String key) {
        return optionalText(record, key, key);
    }

    private String optionalText(JsonNode record, String key, String field) {
        JsonNode node = record.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            problem(field, "problem.text");

            return null;
        }
        return node.stringValue().isBlank() ? null : node.stringValue().trim();
    }

    private boolean isArray(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isArray()) {
            problem(field, "problem.list");
            return false;
        }
        return true;
    }

    private void unknownKeys(JsonNode node, Set<String> allowed, String prefix) {
        for (String key : node.propertyNames()) {
            if (!allowed.contains(key)) {
                problem(prefix + key, "problem.notAKnownField");
            }
        }
    }

    private void problem(String field, String key, Object... args) {
        problems.add(FieldProblem.of(field, key, args));
    }

}
