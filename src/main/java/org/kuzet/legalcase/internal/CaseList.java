package org.kuzet.legalcase.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds cases by kind, stage, legal basis, party, incident and the date they were opened, a page at a time. */
@Component
class CaseList {

    private final JdbcClient jdbc;

    CaseList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Page(List<Long> ids, long total) {
    }

    Page find(CaseFilter f) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        condition(where, params, f.kind(), "c.kind = ?");
        condition(where, params, f.stage(), "c.stage = ?");
        condition(where, params, f.basis(), "c.basis = ?");
        condition(where, params, f.actor(),
                "exists (select 1 from legal_case_party p where p.case_id = c.id and p.actor_id = ?)");
        condition(where, params, f.incident(),
                "exists (select 1 from legal_case_incident ci where ci.case_id = c.id and ci.incident_id = ?)");
        condition(where, params, f.from() == null ? null : Date.valueOf(f.from()), "c.opened_on >= ?");
        condition(where, params, f.to() == null ? null : Date.valueOf(f.to()), "c.opened_on <= ?");
        if (f.publicOnly()) {
            where.add("""
                    not exists (select 1 from legal_case_incident ci join incident i on i.id = ci.incident_id
                                where ci.case_id = c.id and i.workflow_state <> 'published')""");
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from legal_case c" + clause).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(f.size());
        paged.add((long) f.page() * f.size());
        List<Long> ids = jdbc.sql("select c.id from legal_case c" + clause
                        + " order by c.opened_on desc, c.id desc limit ? offset ?")
                .params(paged).query(Long.class).list();
        return new Page(ids, total);
    }

    private static void condition(List<String> where, List<Object> params, Object value, String sql) {
        if (value != null) {
            where.add(sql);
            params.add(value);
        }
    }
}
