package org.kuzet.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account name and per client address and locks either out after too many; each
 * lockout of the same account or address lasts twice as long as the one before. Names that belong to no account
 * are counted and locked exactly like real ones, so the answers never tell whether an account exists. Kept in
 * memory: a restart forgets the counts (the rate limit still bounds guessing).
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_TRACKED = 100_000;

    private final LoginThrottleProperties limits;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Autowired
    LoginThrottle(LoginThrottleProperties limits) {
        this(limits, Clock.systemUTC());
    }

    LoginThrottle(LoginThrottleProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Whether a sign-in as this name from this address must be refused without even checking the password. */
    public boolean locked(String username, String address) {
        Instant now = clock.instant();
        return lockedUntil(accountKey(username)).isAfter(now) || lockedUntil(addressKey(address)).isAfter(now);
    }

    public void failed(String username, String address) {
        count(accountKey(username), limits.failuresPerAccount());
        count(addressKey(address), limits.failuresPerAddress());
        if (failures.size() > MAX_TRACKED) {
            forgetIdle();
        }
    }

    /** A good password clears the account's count; the address keeps its count so one known account cannot launder guesses at others. */
    public void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private void count(String key, int allowed) {
        Instant now = clock.instant();
        failures.compute(key, (k, before) -> {
            Failures current = before == null || before.idleSince(now, limits.forgetAfter()) ? new Failures() : before;
            return current.failedAt(now, allowed, this::lockout, k);
        });
    }

    private Duration lockout(int earlierLockouts) {
        Duration length = limits.firstLockout();
        for (int i = 0; i < earlierLockouts && length.compareTo(limits.longestLockout()) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(limits.longestLockout()) > 0 ? limits.longestLockout() : length;
    }

    private Instant lockedUntil(String key) {
        Failures f = failures.get(key);
        return f == null ? Instant.MIN : f.lockedUntil;
    }

    private void forgetIdle() {
        Instant now = clock.instant();
        failures.entrySet().removeIf(e -> e.getValue().idleSince(now, limits.forgetAfter()));
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }

    private static final class Failures {
        private int count;
        private int lockouts;
        private Instant lastFailure = Instant.MIN;
        private Instant lockedUntil = Instant.MIN;

        boolean idleSince(Instant now, Duration forgetAfter) {
            return lockedUntil.isBefore(now) && lastFailure.plus(forgetAfter).isBefore(now);
        }

        Failures failedAt(Instant now, int allowed, java.util.function.IntFunction<Duration> lockout, String key) {
            lastFailure = now;
            count++;
            if (count >= allowed) {
                Duration length = lockout.apply(lockouts);
                lockedUntil = now.plus(length);
                lockouts++;
                count = 0;
                log.warn("Sign-in locked for {} after repeated failures, for {}", key, length);
            }
            return this;
        }
    }
}
