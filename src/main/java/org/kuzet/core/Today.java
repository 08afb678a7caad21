package org.kuzet.core;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock dates are checked against. Kazakhstan's day (UTC+5) starts before UTC's: an event of "today" in Almaty
 * must not be refused as lying in the future.
 */
public final class Today {

    public static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");
    public static final Clock CLOCK = Clock.system(KAZAKHSTAN);

    private Today() {
    }
}
