package org.kuzet.exchange.internal;

import java.util.function.Consumer;
import org.kuzet.incident.Incident;
import org.kuzet.incident.IncidentFilter;
import org.kuzet.incident.IncidentSearch;

/** Every incident a filter selects, newest first, read a page at a time so a file of any length is written as read. */
final class EveryIncident {

    /** Incidents read per query. */
    private static final int PAGE = 200;

    private EveryIncident() {
    }

    static void each(IncidentSearch search, IncidentFilter filter, Consumer<Incident> out) {
        for (int page = 0; ; page++) {
            IncidentSearch.Page found = search.find(filter, page, PAGE);
            found.items().forEach(out);
            if ((long) (page + 1) * PAGE >= found.total()) {
                return;
            }
        }
    }
}
