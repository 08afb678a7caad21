package org.kuzet.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins an account, and a client address, may have before they are locked out, and for how
 * long: the first lockout lasts {@code firstLockout}, each further one twice the one before, up to
 * {@code longestLockout}. Failures are forgotten after {@code forgetAfter} without one.
 */
@ConfigurationProperties("kuzet.login")
public record LoginThrottleProperties(
        @DefaultValue("5") int failuresPerAccount,
        @DefaultValue("20") int failuresPerAddress,
        @DefaultValue("PT1M") Duration firstLockout,
        @DefaultValue("PT24H") Duration longestLockout,
        @DefaultValue("PT24H") Duration forgetAfter) {

    public static LoginThrottleProperties defaults() {
        return new LoginThrottleProperties(5, 20, Duration.ofMinutes(1), Duration.ofHours(24), Duration.ofHours(24));
    }
}
