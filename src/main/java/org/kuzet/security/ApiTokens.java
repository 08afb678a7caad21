package org.kuzet.security;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kuzet.core.Sha256;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for scripts ({@code Authorization: Bearer kuzet_...}). A token is 256 random bits, shown once when it
 * is made; only its SHA-256 is stored, so a copy of the database does not hand out working tokens. A token acts
 * with its owner's role and stops working when revoked or when the owner's account is disabled.
 */
@Component
public class ApiTokens {

    static final String PREFIX = "kuzet_";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ApiTokens(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public record Issued(long id, String token) {
    }

    public record Listed(long id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
                         OffsetDateTime revokedAt) {
    }

    @Transactional
    public Issued create(String username, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: must not be empty");
        }
        Long userId = jdbc.sql("select id from app_user where username = ?").param(normal(username))
                .query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("username: no account '" + username + "'"));
        String token = PREFIX + Secrets.random();
        long id = jdbc.sql("insert into api_token (user_id, name, token_hash) values (?, ?, ?) returning id")
                .params(userId, name.trim(), Sha256.hex(token)).query(Long.class).single();
        events.publishEvent(TokenChanged.created(id, normal(username), name.trim()));
        return new Issued(id, token);
    }

    /** @return false when there is no such token or it was already revoked */
    @Transactional
    public boolean revoke(long id) {
        boolean revoked = jdbc.sql("update api_token set revoked_at = now() where id = ? and revoked_at is null")
                .param(id).update() == 1;
        if (revoked) {
            events.publishEvent(TokenChanged.revoked(id));
        }
        return revoked;
    }

    public List<Listed> of(String username) {
        return jdbc.sql("""
                        select t.id, t.name, t.created_at, t.last_used_at, t.revoked_at
                        from api_token t join app_user u on u.id = t.user_id where u.username = ? order by t.id""")
                .param(normal(username)).query(Listed.class).list();
    }

    /** The account a presented token acts for, if the token is live; records when it was last used. */
    @Transactional
    public Optional<UserDetails> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        update api_token t set last_used_at = now() from app_user u
                        where t.user_id = u.id and t.token_hash = ? and t.revoked_at is null and u.enabled
                        returning u.username, u.role""")
                .param(Sha256.hex(presented))
                .query((rs, n) -> User.withUsername(rs.getString("username")).password("")
                        .roles(rs.getString("role").toUpperCase(Locale.ROOT)).build())
                .optional();
    }

    private static String normal(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
