package org.kuzet.matching;

import java.util.concurrent.ConcurrentHashMap;
import org.kuzet.spelling.Spelling;

/**
 * Spelling keys of the words and short phrases of articles, remembered: the same capitalised words (Kazakhstan,
 * Astana, the ministry) come back in every article, and folding a name costs more than looking it up. The memory
 * is emptied when it grows large, so it cannot grow without bound.
 */
public final class Keys {

    private static final int MOST = 100_000;
    private static final ConcurrentHashMap<String, String> KNOWN = new ConcurrentHashMap<>();

    private Keys() {
    }

    public static String of(String name) {
        String key = KNOWN.get(name);
        if (key == null) {
            if (KNOWN.size() > MOST) {
                KNOWN.clear();
            }
            key = Spelling.key(name);
            KNOWN.put(name, key);
        }
        return key;
    }
}
