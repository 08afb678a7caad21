package org.kuzet.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.kuzet.core.Sha256;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links to set a password: an administrator makes one for an account (a new account, or a forgotten
 * password) and passes it on; its holder opens it and chooses a password. A link is good for {@link #VALID_FOR} and
 * one use, only its token's SHA-256 is stored, a newer link ends the older ones, and a disabled account's links do
 * not work. Making a link and using it are both in the audit log.
 */
@Component
public class PasswordResets {

    public static final Duration VALID_FOR = Duration.ofHours(24);

    /** The link's path; its token goes in {@code ?token=}. */
    public static final String PATH = "/password-reset";

    private final JdbcClient jdbc;
    private final StaffAccounts accounts;
    private final ApplicationEventPublisher events;

    PasswordResets(JdbcClient jdbc, StaffAccounts accounts, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
    }

    /** A link's token, shown once, and when it stops working. */
    public record Issued(String token, OffsetDateTime expiresAt) {
    }

    /** Makes a new link for an account, ending its earlier ones; for administrators. */
    @Transactional
    public Issued issue(String username) {
        StaffAccounts.requireAdmin();
        StaffAccounts.Account account = accounts.find(username)
                .orElseThrow(() -> new IllegalArgumentException("username: no account '" + username + "'"));
        long userId = jdbc.sql("select id from app_user where username = ?").param(account.username())
                .query(Long.class).single();
        jdbc.sql("update password_reset set expires_at = least(expires_at, now()) where user_id = ? and used_at is null")
                .param(userId).update();
        String token = Secrets.random();
        OffsetDateTime expires = jdbc.sql("""
                        insert into password_reset (user_id, token_hash, issued_by, expires_at)
                        values (?, ?, ?, now() + make_interval(hours => ?)) returning expires_at""")
                .params(userId, Sha256.hex(token), ActingUser.current(), (int) VALID_FOR.toHours())
                .query(OffsetDateTime.class).single();
        events.publishEvent(AccountChanged.passwordLinkIssued(account.username(), expires.toString(),
                ActingUser.current()));
        return new Issued(token, expires);
    }

    /** The account a live link is for: unused, not expired, the account enabled. */
    public Optional<String> holder(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select u.username from password_reset r join app_user u on u.id = r.user_id
                        where r.token_hash = ? and r.used_at is null and r.expires_at > now() and u.enabled""")
                .param(Sha256.hex(token)).query(String.class).optional();
    }

    /**
     * Uses the link up and gives its account the password (at least 12 characters): the account's name, or empty
     * when the link is not live. Two requests racing with one link set at most one password.
     */
    @Transactional
    public Optional<String> use(String token, String password) {
        if (password == null || password.length() < 12) {
            throw new IllegalArgumentException("password: must be at least 12 characters");
        }
        Optional<String> holder = holder(token).flatMap(username -> jdbc.sql("""
                        update password_reset set used_at = now()
                        where token_hash = ? and used_at is null and expires_at > now() returning id""")
                .param(Sha256.hex(token)).query(Long.class).optional().map(id -> username));
        holder.ifPresent(username -> accounts.setPassword(username, password));
        return holder;
    }
}
