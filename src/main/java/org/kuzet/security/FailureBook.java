package org.kuzet.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where {@link LoginThrottle} keeps its counts: the table {@code security_failure}, shared by every instance on the
 * database. A change reads the key's row under a lock and writes it back in one transaction, so two instances
 * counting the same guesser at once both count.
 */
@Component
class FailureBook {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    FailureBook(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** The key's failures, or null when it has none. */
    LoginThrottle.Failures get(String key) {
        return read(key, "").orElse(null);
    }

    /** Replaces the key's failures (null when it has none) by what {@code change} makes of them. */
    void change(String key, UnaryOperator<LoginThrottle.Failures> change) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into security_failure (key, failures, lockouts, last_failure, locked_until)
                    values (?, 0, 0, 'epoch', 'epoch') on conflict (key) do nothing""").param(key).update();
            LoginThrottle.Failures before = read(key, " for update").orElseThrow();
            LoginThrottle.Failures after = change.apply(before.lastFailure().equals(Instant.EPOCH) ? null : before);
            jdbc.sql("""
                    update security_failure set failures = ?, lockouts = ?, last_failure = ?, locked_until = ?
                    where key = ?""")
                    .params(after.count(), after.lockouts(), Timestamp.from(after.lastFailure()),
                            Timestamp.from(after.lockedUntil()), key)
                    .update();
        });
    }

    void remove(String key) {
        jdbc.sql("delete from security_failure where key = ?").param(key).update();
    }

    /** Forgets every key not locked at {@code now} whose last failure came {@code forgetAfter} before it. */
    void forgetIdle(Instant now, java.time.Duration forgetAfter) {
        jdbc.sql("delete from security_failure where locked_until < ? and last_failure < ?")
                .params(Timestamp.from(now), Timestamp.from(now.minus(forgetAfter))).update();
    }

    private Optional<LoginThrottle.Failures> read(String key, String lock) {
        return jdbc.sql("select failures, lockouts, last_failure, locked_until from security_failure where key = ?"
                        + lock)
                .param(key)
                .query((rs, n) -> new LoginThrottle.Failures(rs.getInt(1), rs.getInt(2),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant()))
                .optional();
    }
}
