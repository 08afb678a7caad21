package org.kuzet.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kuzet.core.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account name and client address pair, and per client address. A pair that fails too
 * often is slowed down: it waits one second, then two, four ... up to a cap, before it may try again. An account is
 * never locked as such, so a stranger who knows a colleague's name cannot lock the colleague out from elsewhere.
 * An address that fails too often, whatever names it tries, is locked out for every name, each time twice as long.
 * Names that belong to no account are counted exactly like real ones, so the answers never tell whether an account
 * exists. Kept in memory: a restart forgets the counts (the rate limit still bounds guessing).
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_TRACKED = 100_000;

    private final LoginThrottleProperties limits;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Budget perPair;
    private final Budget perAddress;

    @Autowired
    LoginThrottle(LoginThrottleProperties limits, ObjectProvider<Clock> clock) {
        this(limits, clock.getIfAvailable(() -> Today.CLOCK));
    }

    LoginThrottle(LoginThrottleProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        // past its allowance a pair waits after every further failure; an address gets its whole allowance again
        this.perPair = new Budget(limits.failuresPerPair(), 1, limits.firstDelay(), limits.longestDelay());
        this.perAddress = new Budget(limits.failuresPerAddress(), limits.failuresPerAddress(), limits.firstLockout(),
                limits.longestLockout());
    }

    /** Whether a sign-in as this name from this address must be refused without even checking the password. */
    public boolean locked(String username, String address) {
        Instant now = clock.instant();
        return lockedUntil(pairKey(username, address)).isAfter(now) || lockedUntil(addressKey(address)).isAfter(now);
    }

    public void failed(String username, String address) {
        count(pairKey(username, address), perPair);
        count(addressKey(address), perAddress);
        if (failures.size() > MAX_TRACKED) {
            forgetIdle();
        }
    }

    /** A good password clears its pair's count; the address keeps its count so one known account cannot launder guesses at others. */
    public void succeeded(String username, String address) {
        failures.remove(pairKey(username, address));
    }

    private void count(String key, Budget budget) {
        Instant now = clock.instant();
        failures.compute(key, (k, before) -> {
            Failures current = before == null || before.idleSince(now, limits.forgetAfter()) ? new Failures() : before;
            return current.failedAt(now, budget, k);
        });
    }

    private Instant lockedUntil(String key) {
        Failures f = failures.get(key);
        return f == null ? Instant.MIN : f.lockedUntil;
    }

    private void forgetIdle() {
        Instant now = clock.instant();
        failures.entrySet().removeIf(e -> e.getValue().idleSince(now, limits.forgetAfter()));
    }

    private static String pairKey(String username, String address) {
        return "account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)) + " " + addressKey(address);
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }

    /**
     * How many failures are allowed before the first lockout and between later ones, and how long the lockouts
     * are: {@code first}, then twice the one before, up to {@code longest}.
     */
    private record Budget(int allowed, int allowedAfterwards, Duration first, Duration longest) {

        Duration lockout(int earlierLockouts) {
            Duration length = first;
            for (int i = 0; i < earlierLockouts && length.compareTo(longest) < 0; i++) {
                length = length.multipliedBy(2);
            }
            return length.compareTo(longest) > 0 ? longest : length;
        }
    }

    private static final class Failures {
        private int count;
        private int lockouts;
        private Instant lastFailure = Instant.MIN;
        private Instant lockedUntil = Instant.MIN;

        boolean idleSince(Instant now, Duration forgetAfter) {
            return lockedUntil.isBefore(now) && lastFailure.plus(forgetAfter).isBefore(now);
        }

        Failures failedAt(Instant now, Budget budget, String key) {
            lastFailure = now;
            count++;
            if (count >= (lockouts == 0 ? budget.allowed() : budget.allowedAfterwards())) {
                Duration length = budget.lockout(lockouts);
                lockedUntil = now.plus(length);
                lockouts++;
                count = 0;
                log.warn("Sign-in held back for {} after repeated failures, for {}", key, length);
            }
            return this;
        }
    }
}
