package org.kuzet.incident.internal;

import org.kuzet.incident.Coded;
import org.kuzet.incident.Verification;
import org.kuzet.incident.WorkflowState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kuzet.core.BadValue;
import org.kuzet.incident.IncidentFilter;
import org.kuzet.core.FieldProblem;
import org.kuzet.api.InvalidInput;
import org.kuzet.calendar.PartialDate;
import org.kuzet.place.Places;
import org.kuzet.security.Viewer;
import org.kuzet.taxonomy.Categories;
import org.springframework.stereotype.Component;

/**
 * Reads the query parameters of the incident list into a filter, reporting every bad one at once. A category
 * parameter may name a group (all its categories), a place parameter a region (everything within it). Whatever
 * is asked, the list holds only what the viewer may see (the public: published incidents only).
 */
@Component
public class IncidentFilters {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 200;

    public record Request(IncidentFilter filter, int page, int size) {
    }

    private final Categories categories;
    private final Places places;

    IncidentFilters(Categories categories, Places places) {
        this.categories = categories;
        this.places = places;
    }

    public Request parse(String category, String place, String from, String to, String state, String verification,
            String actor, String page, String size, Viewer viewer) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> categoryCodes = null;
        if (present(category)) {
            if (categories.isGroup(category)) {
                categoryCodes = categories.inGroup(category);
            } else if (categories.isAssignable(category)) {
                categoryCodes = List.of(category);
            } else {
                problems.add(FieldProblem.of("category", "problem.unknownCategoryOrGroup", category));
            }
        }
        List<String> placeCodes = null;
        if (present(place)) {
            if (places.exists(place)) {
                placeCodes = places.within(place);
            } else {
                problems.add(FieldProblem.of("place", "problem.place", place));
            }
        }
        LocalDate fromDay = date(from, "from", problems).map(PartialDate::start).orElse(null);
        LocalDate toDay = date(to, "to", problems).map(PartialDate::end).orElse(null);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            problems.add(FieldProblem.of("to", "problem.toBeforeFrom"));
        }
        WorkflowState workflow = code(WorkflowState.class, state, "state", problems);
        if (viewer.isPublic() && workflow != null && workflow != WorkflowState.PUBLISHED) {
            problems.add(FieldProblem.of("state", "problem.onlyPublishedArePublic"));
        }
        Verification verified = code(Verification.class, verification, "verification", problems);
        Long actorId = number(actor, "actor", 1, Long.MAX_VALUE, null, problems);
        Long pageNumber = number(page, "page", 0, Integer.MAX_VALUE, 0L, problems);
        Long pageSize = number(size, "size", 1, MAX_SIZE, (long) DEFAULT_SIZE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Request(new IncidentFilter(categoryCodes, placeCodes, fromDay, toDay, workflow, verified, actorId, viewer),
                pageNumber.intValue(), pageSize.intValue());
    }

    private static Optional<PartialDate> date(String text, String field, List<FieldProblem> problems) {
        if (!present(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(PartialDate.parse(text));
        } catch (BadValue e) {
            problems.add(e.at(field));
            return Optional.empty();
        }
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String value, String field,
            List<FieldProblem> problems) {
        if (!present(value)) {
            return null;
        }
        Optional<E> found = Coded.find(type, value);
        if (found.isEmpty()) {
            problems.add(FieldProblem.of(field, "problem.oneOfNot", Coded.allowed(type), value));
        }
        return found.orElse(null);
    }

    private static Long number(String text, String field, long min, long max, Long fallback,
            List<FieldProblem> problems) {
        if (!present(text)) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        problems.add(max == Long.MAX_VALUE || max == Integer.MAX_VALUE
                ? FieldProblem.of(field, "problem.wholeNumberFrom", min, text)
                : FieldProblem.of(field, "problem.wholeNumberRange", min, max, text));

        return fallback;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
