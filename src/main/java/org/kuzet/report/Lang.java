package org.kuzet.report;

import java.util.Arrays;
import org.kuzet.core.BadValue;
import java.util.Locale;

/** The languages a report is written in. */
public enum Lang {
    EN, RU, KK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** @throws BadValue naming the languages there are */
    public static Lang of(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst()
                .orElseThrow(() -> new BadValue("problem.lang", code));

    }
}
