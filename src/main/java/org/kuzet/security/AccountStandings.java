package org.kuzet.security;

import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each account's role and whether it is enabled, as the open sessions must follow them: read from app_user on every
 * request of a signed-in session (one lookup by the username's unique index), never kept in memory. So a change
 * made on one instance, or by hand in the table, holds on the next request on every instance sharing the database,
 * with nothing to tell the others.
 */
@Component
class AccountStandings {

    record Standing(Role role, boolean enabled) {
    }

    private final JdbcClient jdbc;

    AccountStandings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's standing now; empty when there is no such account (accounts are disabled, never deleted). */
    Optional<Standing> of(String username) {
        return jdbc.sql("select role, enabled from app_user where username = ?").param(username)
                .query((rs, n) -> new Standing(Role.valueOf(rs.getString("role").toUpperCase(Locale.ROOT)),
                        rs.getBoolean("enabled")))
                .optional();
    }
}
