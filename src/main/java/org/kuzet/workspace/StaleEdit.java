package org.kuzet.workspace;

import org.kuzet.incident.IncidentView;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An edit made on an older revision of an incident, set beside the stored one: for each field, what the person typed
 * and what is stored now, so they can redo their change by hand. Only what the person may see of the stored version
 * is shown (its {@link IncidentView} for them).
 */
final class StaleEdit {

    /**
     * One field: its message key, the typed value and the stored one; for a coded field, the prefix of its values'
     * message keys ({@code verification.}), so a person reads "Confirmed" rather than a code.
     */
    record Row(String label, String typed, String stored, String codes) {
        public boolean differs() {
            return !Objects.equals(typed, stored);
        }
    }

    private StaleEdit() {
    }

    static List<Row> rows(IncidentPageForm typed, IncidentView stored, FormChoices choices, String lang) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("ws.incident.title", typed.getTitle(), stored.title()));
        rows.add(row("incident.summary", typed.getSummary(), stored.summary()));
        rows.add(row("ws.incident.date", typed.getDate(), stored.date()));
        rows.add(row("incident.place", placeName(typed.getPlace(), choices, lang),
                placeName(stored.place(), choices, lang)));
        rows.add(row("ws.incident.primaryCategory", categoryLabel(typed.getPrimaryCategory(), choices, lang),
                categoryLabel(stored.primaryCategory(), choices, lang)));
        rows.add(new Row("incident.verification", blankToEmpty(typed.getVerification()),
                blankToEmpty(stored.verification()), "verification."));
        rows.add(row("incident.peopleAffected", typed.getPeopleAffected(),
                stored.peopleAffected() == null ? "" : stored.peopleAffected().toString()));
        rows.add(row("incident.victims", names(typed.filledVictims().stream().map(v -> v.getName().trim())),
                names(stored.victims().stream().map(IncidentView.VictimView::name))));
        rows.add(row("incident.perpetrators", names(typed.filledPerpetrators().stream().map(p -> p.getName().trim())),
                names(stored.perpetrators().stream().map(IncidentView.PerpetratorView::name))));
        rows.add(row("ws.incident.confidentialNotes", typed.getConfidentialNotes(), stored.confidentialNotes()));
        return rows;
    }

    private static Row row(String label, String typed, String stored) {
        return new Row(label, blankToEmpty(typed), blankToEmpty(stored), null);
    }

    private static String placeName(String code, FormChoices choices, String lang) {
        return code == null || code.isBlank() ? "" : choices.placeName(code, lang);
    }

    private static String categoryLabel(String code, FormChoices choices, String lang) {
        return code == null || code.isBlank() ? "" : choices.categoryLabel(code, lang);
    }

    private static String names(java.util.stream.Stream<String> names) {
        return names.collect(Collectors.joining(", "));
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
