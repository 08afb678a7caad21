package org.kuzet.portal.internal;

import java.util.Locale;
import org.kuzet.portal.PublicIncidents;
import org.kuzet.web.Citation;
import org.springframework.context.MessageSource;

/** How the portal's records are cited, the same on their page and on their printout. */
final class Cites {

    private Cites() {
    }

    static String incident(MessageSource messages, Locale locale, PublicIncidents.Detail incident) {
        return Citation.line(messages, locale, incident.title(), incident.date(), "/incidents/" + incident.id(),
                incident.revision());
    }

    static String legalCase(MessageSource messages, Locale locale, PublicCases.Shown shown) {
        return Citation.line(messages, locale, shown.title(), shown.opened(), "/cases/" + shown.id(),
                shown.revision());
    }
}
