package org.kuzet.web;

import java.time.LocalDate;
import java.util.Locale;
import org.kuzet.core.Today;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The "cite this" line of a public record (an incident, a legal case, a published report): the service, the title,
 * the date, the stable address and the version seen (the record's revision or the report's version, and the day it
 * was read, in Almaty), in the reader's language.
 */
public final class Citation {

    private Citation() {
    }

    /**
     * @param path the record's stable address on this site, with its query if it has one
     *             ({@code /reports/2024-03?version=2})
     */
    public static String line(MessageSource messages, Locale locale, String title, String date, String path,
            int version) {
        String address = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + path;
        return messages.getMessage("incident.cite", new Object[] {messages.getMessage("app.name", null, locale),
            title, date, address, String.valueOf(version), LocalDate.now(Today.CLOCK).toString()}, locale);
    }
}
