package org.kuzet.notification.internal;

import java.util.Locale;
import java.util.Optional;

/** How often a saved filter's digest is mailed; NONE keeps the filter (and its feed) without mail. */
public enum Frequency {
    NONE, DAILY, WEEKLY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Frequency> of(String code) {
        for (Frequency f : values()) {
            if (f.code().equals(code)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
