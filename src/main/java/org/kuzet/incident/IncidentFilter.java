package org.kuzet.incident;

import java.time.LocalDate;
import java.util.List;
import org.kuzet.security.Viewer;

/**
 * What a list of incidents is narrowed to; null means "any". {@code categories} and {@code places} are already
 * expanded (a group to its categories, a region to everything within it). Dates are compared with the incident's
 * whole period: an incident dated "2024-03" lies in a range from 2024-03-10. {@code viewer} is who asks: the list
 * holds only what they may see ({@link IncidentAccess}).
 */
public record IncidentFilter(List<String> categories, List<String> places, LocalDate from, LocalDate to,
        WorkflowState state, Verification verification, Long actor, Viewer viewer) {
}
