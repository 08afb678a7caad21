package org.kuzet.incident;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A closed vocabulary whose values travel as lower-case codes ({@code in_review}, {@code law_enforcement}). */
interface Coded {

    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    /** The allowed codes, for a message such as "must be one of unverified, confirmed, disputed, refuted". */
    static <E extends Enum<E> & Coded> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
