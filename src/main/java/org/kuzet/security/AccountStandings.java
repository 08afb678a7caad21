package org.kuzet.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Each account's role and whether it is enabled, as the open sessions must follow them: read once and kept, so a
 * request costs a map lookup, and forgotten the moment a change to the account is committed ({@link AccountChanged}),
 * so the next request of every session of that account sees it. A kept answer is also read again after a minute,
 * in case the table was changed by hand.
 */
@Component
class AccountStandings {

    /** How long a kept answer is trusted when no event said the account changed. */
    static final Duration KEPT_FOR = Duration.ofMinutes(1);

    record Standing(Role role, boolean enabled, Instant readAt) {
    }

    private final JdbcClient jdbc;
    private final Map<String, Standing> kept = new ConcurrentHashMap<>();

    AccountStandings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's standing now; empty when there is no such account (accounts are disabled, never deleted). */
    Optional<Standing> of(String username) {
        Standing standing = kept.get(username);
        if (standing == null || standing.readAt().plus(KEPT_FOR).isBefore(Instant.now())) {
            standing = read(username);
            if (standing == null) {
                return Optional.empty();
            }
            kept.put(username, standing);
        }
        return Optional.of(standing);
    }

    /** After the change is committed: forgotten before commit, a request could read and keep the old row again. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(AccountChanged change) {
        kept.remove(change.username());
    }

    private Standing read(String username) {
        return jdbc.sql("select role, enabled from app_user where username = ?").param(username)
                .query((rs, n) -> new Standing(Role.valueOf(rs.getString("role").toUpperCase(Locale.ROOT)),
                        rs.getBoolean("enabled"), Instant.now()))
                .optional().orElse(null);
    }
}
