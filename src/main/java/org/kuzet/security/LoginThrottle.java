package org.kuzet.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kuzet.core.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account name and client address pair, and per client address. A pair that fails too
 * often is slowed down: it waits one second, then two, four ... up to a cap, before it may try again. An account is
 * never locked as such, so a stranger who knows a colleague's name cannot lock the colleague out from elsewhere.
 * An address that fails too often, whatever names it tries, is locked out for every name, each time twice as long.
 * Names that belong to no account are counted exactly like real ones, so the answers never tell whether an account
 * exists. The counts are kept in PostgreSQL ({@link FailureBook}), so that every instance on the database holds back
 * the same guesser and a restart forgets nothing.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginThrottleProperties limits;
    private final Clock clock;
    private final FailureBook failures;
    private final Budget perPair;
    private final Budget perAddress;

    @Autowired
    LoginThrottle(LoginThrottleProperties limits, ObjectProvider<Clock> clock, FailureBook failures) {
        this(limits, clock.getIfAvailable(() -> Today.CLOCK), failures);
    }

    LoginThrottle(LoginThrottleProperties limits, Clock clock, FailureBook failures) {
        this.limits = limits;
        this.clock = clock;
        this.failures = failures;
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
    }

    /** A good password clears its pair's count; the address keeps its count so one known account cannot launder guesses at others. */
    public void succeeded(String username, String address) {
        failures.remove(pairKey(username, address));
    }

    private void count(String key, Budget budget) {
        Instant now = clock.instant();
        failures.change(key, before -> {
            Failures current = before == null || before.idleSince(now, limits.forgetAfter()) ? Failures.NONE : before;
            return current.failedAt(now, budget, key);
        });
    }

    private Instant lockedUntil(String key) {
        Failures f = failures.get(key);
        return f == null ? Instant.EPOCH : f.lockedUntil();
    }

    /** Forgets the counts nobody has added to for a while (hourly, on one instance). */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
    @SchedulerLock(name = "security-forget-failures")
    void forgetIdle() {
        failures.forgetIdle(clock.instant(), limits.forgetAfter());
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

    /** One key's failures since it was last forgotten, and its lockouts. */
    record Failures(int count, int lockouts, Instant lastFailure, Instant lockedUntil) {

        static final Failures NONE = new Failures(0, 0, Instant.EPOCH, Instant.EPOCH);

        boolean idleSince(Instant now, Duration forgetAfter) {
            return lockedUntil.isBefore(now) && lastFailure.plus(forgetAfter).isBefore(now);
        }

        Failures failedAt(Instant now, Budget budget, String key) {
            int failed = count + 1;
            if (failed < (lockouts == 0 ? budget.allowed() : budget.allowedAfterwards())) {
                return new Failures(failed, lockouts, now, lockedUntil);
            }
            Duration length = budget.lockout(lockouts);
            log.warn("Sign-in held back for {} after repeated failures, for {}", key, length);
            return new Failures(0, lockouts + 1, now, now.plus(length));
        }
    }
}
