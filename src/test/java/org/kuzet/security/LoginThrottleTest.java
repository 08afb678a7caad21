package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Holding back failed sign-ins, on a clock the test moves by hand, with the counts in PostgreSQL as every instance
 * keeps them. Each test counts from addresses of its own.
 */
@SpringBootTest
class LoginThrottleTest {

    @Autowired
    FailureBook book;

    private final String run = TestData.unique("t");
    private final MovableClock clock = new MovableClock();
    private LoginThrottle throttle;

    @BeforeEach
    void throttle() {
        throttle = new LoginThrottle(LoginThrottleProperties.defaults(), clock, book);
    }

    /** The address, made this test's own. */
    private String at(String address) {
        return address + "/" + run;
    }

    @Test
    void aStrangersFailuresFromOneAddressDoNotHoldTheOwnerBackAtAnother() {
        failTimes(50, "aigerim", at("203.0.113.9"));
        assertThat(throttle.locked("aigerim", at("203.0.113.9"))).isTrue();
        assertThat(throttle.locked("aigerim", at("10.0.0.1"))).as("the owner at her own address").isFalse();
    }

    @Test
    void aPairPastItsFiveFailuresWaitsOneSecondThenTwoThenFour() {
        failTimes(4, "aigerim", at("10.0.0.2"));
        assertThat(throttle.locked("aigerim", at("10.0.0.2"))).as("four failures are allowed").isFalse();
        for (int wait : new int[] {1, 2, 4, 8}) {
            throttle.failed("aigerim", at("10.0.0.2"));
            assertThat(throttle.locked("aigerim", at("10.0.0.2"))).as("waits " + wait + " s").isTrue();
            clock.advance(Duration.ofSeconds(wait).minusMillis(1));
            assertThat(throttle.locked("aigerim", at("10.0.0.2"))).as("still waits " + wait + " s").isTrue();
            clock.advance(Duration.ofMillis(2));
            assertThat(throttle.locked("aigerim", at("10.0.0.2"))).as("free after " + wait + " s").isFalse();
        }
    }

    @Test
    void theWaitIsCapped() {
        LoginThrottle lenientAddresses = new LoginThrottle(new LoginThrottleProperties(5, Duration.ofSeconds(1),
                Duration.ofMinutes(15), 1_000, Duration.ofMinutes(1), Duration.ofHours(24), Duration.ofHours(24)),
                clock, book);
        for (int i = 0; i < 40; i++) {
            lenientAddresses.failed("aigerim", at("10.0.0.3"));
            clock.advance(Duration.ofHours(1));
        }
        lenientAddresses.failed("aigerim", at("10.0.0.3"));
        clock.advance(Duration.ofMinutes(15).minusMillis(1));
        assertThat(lenientAddresses.locked("aigerim", at("10.0.0.3"))).isTrue();
        clock.advance(Duration.ofMillis(2));
        assertThat(lenientAddresses.locked("aigerim", at("10.0.0.3"))).as("fifteen minutes at most").isFalse();
    }

    @Test
    void fourFailuresAndThenTheRightPasswordLeaveThePairOpen() {
        failTimes(4, "daniyar", at("10.0.0.3"));
        throttle.succeeded("daniyar", at("10.0.0.3"));
        failTimes(4, "daniyar", at("10.0.0.3"));
        assertThat(throttle.locked("daniyar", at("10.0.0.3"))).isFalse();
    }

    @Test
    void anAddressGuessingManyNamesIsLockedForEveryName() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("guess" + i, at("203.0.113.7"));
        }
        assertThat(throttle.locked("someone-else", at("203.0.113.7"))).isTrue();
        assertThat(throttle.locked("someone-else", at("203.0.113.8"))).isFalse();
        clock.advance(Duration.ofMinutes(1).plusMillis(1));
        assertThat(throttle.locked("someone-else", at("203.0.113.7"))).as("the first lockout lasts a minute").isFalse();
    }

    @Test
    void namesWithoutAnAccountAreHeldBackLikeRealOnes() {
        failTimes(5, "no-such-person", at("10.0.0.5"));
        assertThat(throttle.locked("No-Such-Person", at("10.0.0.5"))).isTrue();
        assertThat(throttle.locked("No-Such-Person", at("10.0.0.6"))).isFalse();
    }

    private void failTimes(int times, String user, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    /** The throttle tests' clock, from the first of March 2024. */
    static final class MovableClock extends org.kuzet.MovableClock {
        MovableClock() {
            super(Instant.parse("2024-03-01T09:00:00Z"));
        }
    }
}
