package org.kuzet.incident;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A closed vocabulary whose values travel as lower-case codes ({@code in_review}, {@code law_enforcement}). */
public interface Coded {

    String name();

    /** The code, made once per value: a bulk import asks for it several times per record. */
    default String code() {
        return Codes.OF.get(((Enum<?>) this).getDeclaringClass()).code.get(this);
    }

    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        return Optional.ofNullable(type.cast(Codes.OF.get(type).value.get(code)));
    }

    /** The allowed codes, for a message such as "must be one of unverified, confirmed, disputed, refuted". */
    static <E extends Enum<E> & Coded> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }

    /** The codes of one vocabulary, both ways. */
    final class Codes {
        private static final ClassValue<Codes> OF = new ClassValue<>() {
            @Override
            protected Codes computeValue(Class<?> type) {
                return new Codes(type.getEnumConstants());
            }
        };

        private final Map<Object, String> code = new HashMap<>();
        private final Map<String, Object> value = new HashMap<>();

        private Codes(Object[] values) {
            for (Object v : values) {
                String c = ((Enum<?>) v).name().toLowerCase(Locale.ROOT);
                code.put(v, c);
                value.put(c, v);
            }
        }
    }
}
