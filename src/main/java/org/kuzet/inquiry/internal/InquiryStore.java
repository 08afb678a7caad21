package org.kuzet.inquiry.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.inquiry.Inquiry;
import org.kuzet.inquiry.InquiryStatus;
import org.kuzet.reference.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inquiry, inquiry_incident and inquiry_case tables. */
@Repository
class InquiryStore {

    /**
     * Which inquiries a list asks for; null fields ask nothing. The statuses are those on {@code asOf} (an answer
     * dated later not yet known), or on today when it is null.
     */
    record Filter(List<String> statuses, LocalDate asOf, Long addresseeId, String addresseeName, LocalDate from,
            LocalDate to, String kind, Long incident, boolean publishedOnly, boolean stateOnly) {

        Filter onlyPublished() {
            return new Filter(statuses, asOf, addresseeId, addresseeName, from, to, kind, incident, true, stateOnly);
        }
    }

    private final JdbcClient jdbc;

    InquiryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(InquiryInput in, String by, String datasetSha256) {
        Map<String, Object> p = params(in, datasetSha256);
        p.put("by", by);
        long id = jdbc.sql("""
                insert into inquiry (external_id, kind, asked_by_actor_id, asked_by_name, on_behalf_actor_id,
                    on_behalf_name, addressee_actor_id, addressee_name, state_addressee, subject, sent_on, basis_code,
                    deadline, extended_to, answered_on, outcome, answer_text, published_at, published_by, created_by,
                    dataset_sha256)
                values (:external_id, :kind, :asked_id, :asked_name, :behalf_id, :behalf_name, :addressee_id,
                    :addressee_name, :state, :subject, :sent_on, :basis, :deadline, :extended_to, :answered_on,
                    :outcome, :answer_text, case when :published then now() end, case when :published then :by end,
                    :by, :dataset_sha256)
                returning id""").params(p).query(Long.class).single();
        jdbc.sql("update inquiry set external_id = 'inquiry/' || id where id = ? and external_id is null").param(id)
                .update();
        links(id, in);
        return id;
    }

    void update(long id, InquiryInput in, String datasetSha256) {
        Map<String, Object> p = params(in, datasetSha256);
        p.put("id", id);
        jdbc.sql("""
                update inquiry set external_id = coalesce(:external_id, external_id), kind = :kind,
                    asked_by_actor_id = :asked_id, asked_by_name = :asked_name, on_behalf_actor_id = :behalf_id,
                    on_behalf_name = :behalf_name, addressee_actor_id = :addressee_id,
                    addressee_name = :addressee_name, state_addressee = :state, subject = :subject,
                    sent_on = :sent_on, basis_code = :basis, deadline = :deadline, extended_to = :extended_to,
                    answered_on = :answered_on, outcome = :outcome, answer_text = :answer_text,
                    published_at = case when :published then coalesce(published_at, now()) end,
                    published_by = case when :published then coalesce(published_by, 'import') end,
                    dataset_sha256 = :dataset_sha256, revision = revision + 1, updated_at = now()
                where id = :id""").params(p).update();
        jdbc.sql("delete from inquiry_incident where inquiry_id = ?").param(id).update();
        jdbc.sql("delete from inquiry_case where inquiry_id = ?").param(id).update();
        links(id, in);
    }

    private void links(long id, InquiryInput in) {
        for (Long incident : in.incidentIds()) {
            jdbc.sql("insert into inquiry_incident values (?, ?)").params(id, incident).update();
        }
        for (Long legalCase : in.caseIds()) {
            jdbc.sql("insert into inquiry_case values (?, ?)").params(id, legalCase).update();
        }
    }

    private static Map<String, Object> params(InquiryInput in, String datasetSha256) {
        Map<String, Object> p = new HashMap<>();
        p.put("external_id", in.externalId());
        p.put("kind", in.kind());
        p.put("asked_id", in.askedBy() == null ? null : in.askedBy().id());
        p.put("asked_name", in.askedBy() == null ? null : in.askedBy().name());
        p.put("behalf_id", in.onBehalfOf() == null ? null : in.onBehalfOf().id());
        p.put("behalf_name", in.onBehalfOf() == null ? null : in.onBehalfOf().name());
        p.put("addressee_id", in.addresseeId());
        p.put("addressee_name", in.addresseeName());
        p.put("state", in.stateAddressee());
        p.put("subject", in.subject());
        p.put("sent_on", Date.valueOf(in.sentOn()));
        p.put("basis", in.basis());
        p.put("deadline", Date.valueOf(in.deadline()));
        p.put("extended_to", in.extendedTo() == null ? null : Date.valueOf(in.extendedTo()));
        p.put("answered_on", in.answer() == null ? null : Date.valueOf(in.answer().answeredOn()));
        p.put("outcome", in.answer() == null ? null : in.answer().outcome());
        p.put("answer_text", in.answer() == null ? null : in.answer().text());
        p.put("published", in.published());
        p.put("dataset_sha256", datasetSha256);
        return p;
    }

    void answer(long id, InquiryInput.Answer answer, Long sourceId) {
        jdbc.sql("""
                update inquiry set answered_on = ?, outcome = ?, answer_text = ?, answer_source_id = ?,
                    revision = revision + 1, updated_at = now() where id = ?""")
                .params(Date.valueOf(answer.answeredOn()), answer.outcome(), answer.text(), sourceId, id).update();
    }

    void extend(long id, LocalDate to) {
        jdbc.sql("update inquiry set extended_to = ?, revision = revision + 1, updated_at = now() where id = ?")
                .params(Date.valueOf(to), id).update();
    }

    void publish(long id, String by) {
        jdbc.sql("""
                update inquiry set published_at = now(), published_by = ?, revision = revision + 1, updated_at = now()
                where id = ? and published_at is null""").params(by, id).update();
    }

    /** Publishes the right-of-reply requests about an incident (it was published; the request may be seen now). */
    List<Long> publishRepliesOf(long incident, String by) {
        return jdbc.sql("""
                update inquiry q set published_at = now(), published_by = ?, revision = revision + 1,
                    updated_at = now()
                from inquiry_incident l
                where l.inquiry_id = q.id and l.incident_id = ? and q.kind = 'right_of_reply'
                  and q.published_at is null
                returning q.id""").params(by, incident).query(Long.class).list();
    }

    void hashStored(long id, String hash) {
        jdbc.sql("update inquiry set dataset_sha256 = ? where id = ?").params(hash, id).update();
    }

    /**
     * Claims the one proposal of a refusal for this inquiry: true for the one transaction that set the mark, false
     * for every later (or concurrent) one. The row lock makes a second sweep wait and then see the mark.
     */
    boolean claimRefusal(long id) {
        return jdbc.sql("update inquiry set refusal_proposed_at = now() where id = ? and refusal_proposed_at is null")
                .param(id).update() == 1;
    }

    void refusalIncident(long id, long incident) {
        jdbc.sql("update inquiry set refusal_incident_id = ?, revision = revision + 1, updated_at = now() "
                + "where id = ?").params(incident, id).update();
    }

    void statement(long id, long statement) {
        jdbc.sql("update inquiry set statement_id = ?, revision = revision + 1, updated_at = now() where id = ?")
                .params(statement, id).update();
    }

    /** Requests to the state (not right-of-reply ones) refused or past their deadline, with no refusal proposed. */
    List<Long> refusalsToPropose(LocalDate today) {
        return jdbc.sql("""
                select id from inquiry
                where state_addressee and kind <> 'right_of_reply' and refusal_proposed_at is null
                  and (outcome = 'refused' or (answered_on is null and coalesce(extended_to, deadline) < ?))
                order by id""").param(Date.valueOf(today)).query(Long.class).list();
    }

    /** Unanswered requests due soon or overdue on this day whose recorder was not yet told of that status. */
    List<Long> remindersDue(LocalDate today) {
        return jdbc.sql("""
                select id from inquiry
                where answered_on is null and coalesce(extended_to, deadline) <= ?
                  and reminded_status is distinct from inquiry_status(deadline, extended_to, null, null, ?)
                order by id""").params(Date.valueOf(today.plusDays(InquiryStatus.DUE_SOON_DAYS)),
                Date.valueOf(today)).query(Long.class).list();
    }

    /** True once per status: marks the request as told of it (within the caller's transaction). */
    boolean claimReminder(long id, String status) {
        return jdbc.sql("update inquiry set reminded_status = ? where id = ? and reminded_status is distinct from ?")
                .params(status, id, status).update() == 1;
    }

    Optional<Long> idByExternalId(String externalId) {
        return jdbc.sql("select id from inquiry where external_id = ?").param(externalId).query(Long.class)
                .optional();
    }

    Optional<String> datasetHash(long id) {
        return jdbc.sql("select dataset_sha256 from inquiry where id = ?").param(id).query(String.class).optional();
    }

    Optional<Inquiry> find(long id, LocalDate today) {
        return select("where q.id = :id", Map.of("id", id), today).stream().findFirst();
    }

    Paging.Page<Inquiry> list(Filter f, Paging paging, LocalDate today) {
        List<String> where = new ArrayList<>();
        Map<String, Object> p = new HashMap<>();
        p.put("today", Date.valueOf(today));
        if (f.statuses() != null) {
            where.add("inquiry_status_on(q.deadline, q.extended_to, q.answered_on, q.outcome, :as_of) in (:statuses)");
            p.put("statuses", f.statuses());
            p.put("as_of", Date.valueOf(f.asOf() != null && f.asOf().isBefore(today) ? f.asOf() : today));
        }
        if (f.addresseeId() != null) {
            where.add("q.addressee_actor_id = :addressee");
            p.put("addressee", f.addresseeId());
        }
        if (f.addresseeName() != null) {
            where.add("q.addressee_actor_id is null and q.addressee_name = :addressee_name");
            p.put("addressee_name", f.addresseeName());
        }
        if (f.from() != null) {
            where.add("q.sent_on >= :from");
            p.put("from", Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            where.add("q.sent_on <= :to");
            p.put("to", Date.valueOf(f.to()));
        }
        if (f.kind() != null) {
            where.add("q.kind = :kind");
            p.put("kind", f.kind());
        }
        if (f.incident() != null) {
            where.add("exists (select 1 from inquiry_incident l where l.inquiry_id = q.id and l.incident_id = :inc)");
            p.put("inc", f.incident());
        }
        if (f.stateOnly()) {
            where.add("q.state_addressee");
        }
        if (f.publishedOnly()) {
            where.add("q.published_at is not null");
        }
        String condition = where.isEmpty() ? "" : "where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from inquiry q " + condition).params(p).query(Long.class).single();
        p.put("limit", paging.size());
        p.put("offset", paging.offset());
        List<Inquiry> items = select(condition + " order by q.sent_on desc, q.id desc limit :limit offset :offset",
                p, today);
        return paging.page(items, total);
    }

    /** Unanswered inquiries whose deadline in force falls between two days, soonest first (the dashboard's week). */
    List<Inquiry> dueBetween(LocalDate from, LocalDate to, LocalDate today) {
        return select("where q.answered_on is null and coalesce(q.extended_to, q.deadline) between :from and :to "
                + "order by coalesce(q.extended_to, q.deadline), q.id", Map.of("from", Date.valueOf(from), "to",
                        Date.valueOf(to)), today);
    }

    List<Inquiry> all(LocalDate today) {
        return select("order by q.id", Map.of(), today);
    }

    private List<Inquiry> select(String tail, Map<String, Object> params, LocalDate today) {
        List<Inquiry> rows = jdbc.sql("select q.* from inquiry q " + tail).params(params)
                .query((rs, n) -> row(rs, today)).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<Long>> incidents = linked("select inquiry_id, incident_id from inquiry_incident "
                + "where inquiry_id in (:ids) order by incident_id", rows);
        Map<Long, List<Long>> cases = linked("select inquiry_id, case_id from inquiry_case "
                + "where inquiry_id in (:ids) order by case_id", rows);
        return rows.stream().map(q -> withLinks(q, incidents.getOrDefault(q.id(), List.of()),
                cases.getOrDefault(q.id(), List.of()))).toList();
    }

    private Map<Long, List<Long>> linked(String sql, List<Inquiry> rows) {
        Map<Long, List<Long>> links = new HashMap<>();
        jdbc.sql(sql).param("ids", rows.stream().map(Inquiry::id).toList())
                .query((rs, n) -> links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
                .list();
        return links;
    }

    private static Inquiry withLinks(Inquiry q, List<Long> incidents, List<Long> cases) {
        return new Inquiry(q.id(), q.externalId(), q.kind(), q.askedBy(), q.askedByName(), q.onBehalfOf(),
                q.onBehalfOfName(), q.addressee(), q.addresseeName(), q.stateAddressee(), q.subject(), q.sentOn(),
                q.basis(), q.deadline(), q.extendedTo(), q.status(), q.answeredOn(), q.outcome(), q.answerText(),
                q.answerSource(), incidents, cases, q.statement(), q.refusalIncident(), q.publishedAt(),
                q.publishedBy(), q.createdBy(), q.createdAt(), q.updatedAt(), q.revision());
    }

    private static Inquiry row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate deadline = rs.getObject("deadline", LocalDate.class);
        LocalDate extended = rs.getObject("extended_to", LocalDate.class);
        LocalDate answered = rs.getObject("answered_on", LocalDate.class);
        String outcome = rs.getString("outcome");
        String status = InquiryStatus.of(extended != null ? extended : deadline, answered, outcome, today).code();
        return new Inquiry(rs.getLong("id"), rs.getString("external_id"), rs.getString("kind"),
                (Long) rs.getObject("asked_by_actor_id"), rs.getString("asked_by_name"),
                (Long) rs.getObject("on_behalf_actor_id"), rs.getString("on_behalf_name"),
                (Long) rs.getObject("addressee_actor_id"), rs.getString("addressee_name"),
                rs.getBoolean("state_addressee"), rs.getString("subject"), rs.getObject("sent_on", LocalDate.class),
                rs.getString("basis_code"), deadline, extended, status, answered, outcome,
                rs.getString("answer_text"), (Long) rs.getObject("answer_source_id"), List.of(), List.of(),
                (Long) rs.getObject("statement_id"), (Long) rs.getObject("refusal_incident_id"),
                instant(rs, "published_at"), rs.getString("published_by"), rs.getString("created_by"),
                instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("revision"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
