package org.kuzet.inquiry.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A request to the Almaty akimat sent on 5 March 2026 with its deadline on 20 March, and the news heard of it. */
final class DueFixture {

    private DueFixture() {
    }

    static long request(JdbcClient jdbc, String recorder, String email, String lang) {
        jdbc.sql("insert into notification_address (username, email, lang) values (?, ?, ?) "
                + "on conflict (username) do update set email = excluded.email, lang = excluded.lang")
                .params(recorder, email, lang).update();
        return jdbc.sql("""
                insert into inquiry (kind, addressee_name, subject, sent_on, deadline, created_by)
                values ('information_request', 'Akimat of Almaty', 'Расходы акимата на СМИ', date '2026-03-05',
                        date '2026-03-20', ?) returning id""").param(recorder).query(Long.class).single();
    }

    static List<String> heard(JdbcClient jdbc, String username, long id) {
        return jdbc.sql("select action from notification_heard where username = ? and record_kind = 'inquiry' "
                + "and record_id = ? order by id").params(username, Long.toString(id)).query(String.class).list();
    }
}
