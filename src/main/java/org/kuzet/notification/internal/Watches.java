package org.kuzet.notification.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.kuzet.core.Today;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Who watches which incident, legal case or request to a state body, and the events each watcher has heard of. */
@Component
class Watches {

    static final List<String> KINDS = List.of("incident", "legal_case", WatchedChanges.INQUIRY);

    /** {@code at} is read in Almaty time, as every time a person reads. */
    record Heard(String recordKind, String recordId, String action, String actor, LocalDateTime at) {
    }

    private final JdbcClient jdbc;

    Watches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void watch(String username, String kind, String id, boolean on) {
        if (on) {
            jdbc.sql("insert into notification_watch (username, record_kind, record_id) values (?, ?, ?) "
                    + "on conflict do nothing").params(username, kind, id).update();
        } else {
            jdbc.sql("delete from notification_watch where username = ? and record_kind = ? and record_id = ?")
                    .params(username, kind, id).update();
        }
    }

    boolean watches(String username, String kind, String id) {
        return jdbc.sql("select count(*) from notification_watch where username = ? and record_kind = ? "
                + "and record_id = ?").params(username, kind, id).query(Long.class).single() > 0;
    }

    List<String> watchersOf(String kind, String id) {
        return jdbc.sql("select username from notification_watch where record_kind = ? and record_id = ? "
                + "order by username").params(kind, id).query(String.class).list();
    }

    record Watched(String recordKind, String recordId) {
    }

    List<Watched> of(String username) {
        return jdbc.sql("select record_kind, record_id from notification_watch where username = ? "
                        + "order by created_at desc")
                .param(username).query((rs, n) -> new Watched(rs.getString(1), rs.getString(2))).list();
    }

    /** Called after the change committed, so in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void heard(String username, String kind, String id, String action, String actor) {
        jdbc.sql("insert into notification_heard (username, record_kind, record_id, action, actor) "
                + "values (?, ?, ?, ?, ?)").params(username, kind, id, action, actor).update();
    }

    List<Heard> heardBy(String username, int limit) {
        return jdbc.sql("select record_kind, record_id, action, actor, heard_at from notification_heard "
                        + "where username = ? order by heard_at desc, id desc limit ?")
                .params(username, limit)
                .query((rs, n) -> new Heard(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)
                                .atZoneSameInstant(Today.KAZAKHSTAN).toLocalDateTime()))
                .list();
    }
}
