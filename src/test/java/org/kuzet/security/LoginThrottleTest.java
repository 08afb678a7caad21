package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Lockouts, on a clock the test moves by hand. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(LoginThrottleProperties.defaults(), clock);

    @Test
    void anAccountIsLockedAfterFiveFailuresAndEachLockoutLastsTwiceAsLong() {
        failTimes(5, "aigerim", "10.0.0.1");
        assertThat(throttle.locked("aigerim", "10.0.0.99")).as("locked from any address").isTrue();
        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.locked("aigerim", "10.0.0.99")).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.locked("aigerim", "10.0.0.99")).as("first lockout: one minute").isFalse();

        failTimes(5, "aigerim", "10.0.0.2");
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.locked("aigerim", "10.0.0.99")).as("second lockout: two minutes").isTrue();
        clock.advance(Duration.ofSeconds(60));
        assertThat(throttle.locked("aigerim", "10.0.0.99")).isFalse();
    }

    @Test
    void fourFailuresAndThenTheRightPasswordLeaveTheAccountOpen() {
        failTimes(4, "daniyar", "10.0.0.3");
        throttle.succeeded("daniyar");
        failTimes(4, "daniyar", "10.0.0.3");
        assertThat(throttle.locked("daniyar", "10.0.0.4")).isFalse();
    }

    @Test
    void anAddressGuessingManyNamesIsLockedForEveryName() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("guess" + i, "203.0.113.7");
        }
        assertThat(throttle.locked("someone-else", "203.0.113.7")).isTrue();
        assertThat(throttle.locked("someone-else", "203.0.113.8")).isFalse();
    }

    @Test
    void namesWithoutAnAccountAreLockedLikeRealOnes() {
        failTimes(5, "no-such-person", "10.0.0.5");
        assertThat(throttle.locked("No-Such-Person", "10.0.0.6")).isTrue();
    }

    private void failTimes(int times, String user, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2024-03-01T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
