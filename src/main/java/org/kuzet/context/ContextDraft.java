package org.kuzet.context;

/**
 * A context event waiting for a monitor's review, as the staff's page lists it.
 *
 * @param date the date as precise as it is known ({@code 2018}, {@code 2018-10}, {@code 2018-10-05})
 * @param place a gazetteer code, or null
 * @param source the id of the source it was read from (an archived report), or null
 */
public record ContextDraft(long id, String date, String place, String kind, String title, String description,
        Long source) {
}
