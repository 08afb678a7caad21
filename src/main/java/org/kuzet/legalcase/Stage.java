package org.kuzet.legalcase;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a case stands, in the order a case normally moves through them. */
public enum Stage {
    PRETRIAL, FIRST_INSTANCE, APPEAL, CASSATION, IN_FORCE, ENFORCEMENT, CLOSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Stage> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    boolean isBehind(Stage other) {
        return ordinal() < other.ordinal();
    }
}
