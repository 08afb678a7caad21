package org.kuzet.notification.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The saved filters, their recipients' addresses and what each digest has told already. */
@Component
class SavedFilters {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, username, name, query, digest, lang, feed_token, last_digest_at";

    private final JdbcClient jdbc;

    SavedFilters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves the filter; the incidents it selects now count as told, so its first digest tells only what is new. */
    @Transactional
    long save(String username, String name, String query, Frequency digest, String lang, Collection<Long> current) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        long id = jdbc.sql("insert into notification_filter (username, name, query, digest, lang, feed_token) "
                        + "values (?, ?, ?, ?, ?, ?) returning id")
                .params(username, name, query, digest.code(), lang,
                        Base64.getUrlEncoder().withoutPadding().encodeToString(secret))
                .query(Long.class).single();
        told(id, current);
        return id;
    }

    @Transactional
    boolean delete(String username, long id) {
        return jdbc.sql("delete from notification_filter where id = ? and username = ?").params(id, username)
                .update() > 0;
    }

    List<SavedFilter> of(String username) {
        return jdbc.sql("select " + COLUMNS + " from notification_filter where username = ? order by name, id")
                .param(username).query(SavedFilters::filter).list();
    }

    Optional<SavedFilter> byFeedToken(String token) {
        return jdbc.sql("select " + COLUMNS + " from notification_filter where feed_token = ?").param(token)
                .query(SavedFilters::filter).optional();
    }

    List<SavedFilter> withDigest(Frequency digest) {
        return jdbc.sql("select " + COLUMNS + " from notification_filter where digest = ? order by id")
                .param(digest.code()).query(SavedFilters::filter).list();
    }

    Set<Long> toldOf(long filterId) {
        return new HashSet<>(jdbc.sql("select incident_id from notification_filter_told where filter_id = ?")
                .param(filterId).query(Long.class).list());
    }

    @Transactional
    void told(long filterId, Collection<Long> incidents) {
        for (Long incident : incidents) {
            jdbc.sql("insert into notification_filter_told values (?, ?) on conflict do nothing")
                    .params(filterId, incident).update();
        }
        jdbc.sql("update notification_filter set last_digest_at = now() where id = ?").param(filterId).update();
    }

    /** Where a staff member's mail goes, and in which language it is written. */
    record Address(String email, String lang) {
    }

    Optional<Address> addressOf(String username) {
        return jdbc.sql("select email, lang from notification_address where username = ?").param(username)
                .query((rs, n) -> new Address(rs.getString(1), rs.getString(2))).optional();
    }

    @Transactional
    void setAddress(String username, String email, String lang) {
        if (email == null || email.isBlank()) {
            jdbc.sql("delete from notification_address where username = ?").param(username).update();
            return;
        }
        jdbc.sql("insert into notification_address (username, email, lang) values (?, ?, ?) on conflict (username) "
                + "do update set email = excluded.email, lang = excluded.lang, changed_at = now()")
                .params(username, email.strip(), lang).update();
    }

    private static SavedFilter filter(ResultSet rs, int n) throws SQLException {
        return new SavedFilter(rs.getLong("id"), rs.getString("username"), rs.getString("name"),
                rs.getString("query"), Frequency.of(rs.getString("digest")).orElse(Frequency.NONE),
                rs.getString("lang"), rs.getString("feed_token"), rs.getObject("last_digest_at", OffsetDateTime.class));
    }
}
