package org.kuzet.web;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Locale;
import org.kuzet.core.Today;

/**
 * A day written out as each language writes it in a sentence ("7 December 2026", "7 декабря 2026 г.",
 * "2026 ж. 7 желтоқсан"), by ICU's long date style; a moment is taken as the day it was in Almaty.
 */
public final class DatesInWords {

    private DatesInWords() {
    }

    public static String of(Instant moment, Locale locale) {
        return of(moment.atZone(Today.KAZAKHSTAN).toLocalDate(), locale);
    }

    public static String of(LocalDate day, Locale locale) {
        // English as written in Kazakhstan's English-language press: the day before the month
        ULocale in = "en".equals(locale.getLanguage()) ? ULocale.UK : ULocale.forLocale(locale);
        DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, in);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(Date.from(day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
    }
}
