package org.kuzet.report.internal;

import java.util.List;
import org.kuzet.calendar.PartialDate;

/** What a report tells besides its numbers: the context of the period and each counted incident. */
public record Narrative(List<ContextItem> context, List<IncidentItem> incidents,
        List<FollowUps.IncidentUpdate> updatedIncidents, List<FollowUps.CaseUpdate> updatedCases) {

    /** A narrative without updates to earlier cases. */
    public Narrative(List<ContextItem> context, List<IncidentItem> incidents) {
        this(context, incidents, List.of(), List.of());
    }

    /** A law, draft, statement... shown beside the counts, never counted. */
    public record ContextItem(PartialDate date, String place, String title, String description) {
    }

    /** A published incident, under its primary category; {@code place} is already in the report's language. */
    public record IncidentItem(String group, String category, PartialDate date, String place, String title,
            List<String> outlets) {
    }
}
