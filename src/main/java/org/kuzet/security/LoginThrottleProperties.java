package org.kuzet.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are held back. An account name tried from one client address may fail
 * {@code failuresPerPair} times; after that the pair waits {@code firstDelay} after each further failure, each wait
 * twice the one before, up to {@code longestDelay}. A client address may fail {@code failuresPerAddress} times,
 * whatever names it tries, before it is locked out: the first lockout lasts {@code firstLockout}, each further one
 * twice the one before, up to {@code longestLockout}. Failures are forgotten after {@code forgetAfter} without one.
 */
@ConfigurationProperties("kuzet.login")
public record LoginThrottleProperties(
        @DefaultValue("5") int failuresPerPair,
        @DefaultValue("PT1S") Duration firstDelay,
        @DefaultValue("PT15M") Duration longestDelay,
        @DefaultValue("20") int failuresPerAddress,
        @DefaultValue("PT1M") Duration firstLockout,
        @DefaultValue("PT24H") Duration longestLockout,
        @DefaultValue("PT24H") Duration forgetAfter) {

    public static LoginThrottleProperties defaults() {
        return new LoginThrottleProperties(5, Duration.ofSeconds(1), Duration.ofMinutes(15), 20, Duration.ofMinutes(1),
                Duration.ofHours(24), Duration.ofHours(24));
    }
}
