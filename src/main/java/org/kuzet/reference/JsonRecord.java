package org.kuzet.reference;

import org.kuzet.core.Today;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.kuzet.core.ControlCharacters;
import org.kuzet.core.BadValue;
import org.kuzet.core.FieldProblem;

import org.kuzet.api.InvalidInput;
import org.kuzet.calendar.PartialDate;
import tools.jackson.databind.JsonNode;

/**
 * Reads one record (an API request body or one entry of a dataset section) field by field and collects every
 * problem instead of stopping at the first, so that the caller hears about all bad fields at once. The API and the
 * dataset importer read the same records with the same rules: unknown keys are rejected, enumerated values name
 * the allowed ones, dates carry their precision and may not lie in the future.
 */
public final class JsonRecord {

    private final JsonNode node;
    private final List<FieldProblem> problems = new ArrayList<>();

    public JsonRecord(JsonNode node, Collection<String> knownFields) {
        this.node = node;
        if (node == null || !node.isObject()) {
            problems.add(FieldProblem.of("body", "problem.jsonObject"));
            return;
        }
        problems.addAll(ControlCharacters.in(node));
        Set<String> unknown = new TreeSet<>(node.propertyNames());
        unknown.removeAll(knownFields);
        for (String field : unknown) {
            problems.add(FieldProblem.of(field, "problem.unknownField", String.join(", ", knownFields)));
        }
    }

    public boolean has(String field) {
        JsonNode value = value(field);
        return value != null && !value.isNull();
    }

    public JsonNode value(String field) {
        return node != null && node.isObject() ? node.get(field) : null;
    }

    /** A text field; blank counts as absent. */
    public String text(String field, boolean required) {
        JsonNode value = value(field);
        if (value == null || value.isNull()) {
            return missing(field, required);
        }
        if (!value.isString()) {
            problem(field, "problem.string");
            return null;
        }
        String text = value.stringValue().strip();
        return text.isEmpty() ? missing(field, required) : text;
    }

    /** One of a fixed list of values. */
    public String choice(String field, List<String> allowed, boolean required) {
        String text = text(field, required);
        if (text != null && !allowed.contains(text)) {
            problem(field, "problem.oneOfNot", String.join(", ", allowed), text);
            return null;
        }
        return text;
    }

    /** A date written YYYY-MM-DD, YYYY-MM or YYYY that has begun by {@code today}. */
    public PartialDate date(String field, boolean required, LocalDate today) {
        String text = text(field, required);
        if (text == null) {
            return null;
        }
        try {
            PartialDate date = PartialDate.parse(text);
            if (date.isAfter(today)) {
                problem(field, "problem.futureYear", text);
                return null;
            }
            return date;
        } catch (BadValue e) {
            problems.add(e.at(field));
            return null;
        }
    }

    /** A moment written in ISO 8601 with an offset ({@code 2026-11-23T00:00:00Z}), not in the future. */
    public Instant instant(String field, Instant now) {
        String text = text(field, false);
        if (text == null) {
            return null;
        }
        try {
            Instant instant = java.time.OffsetDateTime.parse(text).toInstant();
            PartialDate.requireYear(instant.atZone(Today.KAZAKHSTAN).getYear(), text);
            if (instant.isAfter(now)) {
                problem(field, "problem.futureYear", text);
                return null;
            }
            return instant;
        } catch (BadValue e) {
            problems.add(e.at(field));
            return null;
        } catch (DateTimeParseException e) {
            problem(field, "problem.instant", text);
            return null;
        }
    }

    /** A web address (http or https) with a host. */
    public String url(String field) {
        String text = text(field, false);
        if (text == null) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(text);
            if (uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()))) {
                return text;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        problem(field, "problem.url", text);
        return null;
    }

    public boolean flag(String field, boolean absent) {
        JsonNode value = value(field);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isBoolean()) {
            problem(field, "problem.trueOrFalse");
            return absent;
        }
        return value.booleanValue();
    }

    /** A list of non-blank strings; absent or null is an empty list. */
    public List<String> texts(String field) {
        JsonNode value = value(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problem(field, "problem.listOfStrings");
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        int i = 0;
        for (JsonNode item : value.values()) {
            if (!item.isString() || item.stringValue().isBlank()) {
                problem(field + "[" + i + "]", "problem.nonBlankString");
            } else {
                texts.add(item.stringValue().strip());
            }
            i++;
        }
        return texts;
    }

    /** The items of a list field; absent or null is an empty list. */
    public List<JsonNode> items(String field) {
        JsonNode value = value(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problem(field, "problem.list");
            return List.of();
        }
        return List.copyOf(value.values());
    }

    /** A reference to a record of another section (see {@link References}); null when absent. */
    public Long reference(String field, String section, References references, boolean required) {
        JsonNode value = value(field);
        if (value == null || value.isNull()) {
            missing(field, required);
            return null;
        }
        Optional<Long> id = references.find(section, value);
        if (id.isEmpty()) {
            problem(field, "problem.noKnownRecord", section, value);
            return null;
        }
        return id.get();
    }

    /** A list of references to records of another section; each unknown one is a problem. */
    public List<Long> references(String field, String section, References references) {
        List<Long> ids = new ArrayList<>();
        int i = 0;
        for (JsonNode item : items(field)) {
            Optional<Long> id = item.isNull() ? Optional.empty() : references.find(section, item);
            if (id.isEmpty()) {
                problem(field + "[" + i + "]", "problem.noKnownRecord", section, item);
            } else if (!ids.contains(id.get())) {
                ids.add(id.get());
            }
            i++;
        }
        return ids;
    }

    /** A field written back as text (a reference: an external id as it is, a number as digits); null if absent. */
    public String raw(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode value = value(field);
        return value.isString() ? value.stringValue() : value.toString();
    }

    /** The raw texts of a list of references, as written. */
    public List<String> rawItems(String field) {
        List<String> texts = new ArrayList<>();
        JsonNode value = value(field);
        if (value != null && value.isArray()) {
            for (JsonNode item : value.values()) {
                texts.add(item.isString() ? item.stringValue() : item.toString());
            }
        }
        return texts;
    }

    /** A problem found by the caller's own rule, said by key and arguments like the others. */
    public void problem(String field, String key, Object... args) {
        problems.add(FieldProblem.of(field, key, args));
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** For the API: answer 422 with every problem found. */
    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private String missing(String field, boolean required) {
        if (required) {
            problem(field, "problem.required");
        }
        return null;
    }
}
