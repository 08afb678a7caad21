package org.kuzet.comment;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.kuzet.api.Forbidden;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.core.ControlCharacters;
import org.kuzet.core.FieldProblem;
import org.kuzet.core.Today;
import org.kuzet.security.Viewer;
import org.kuzet.security.Visibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comment threads of incidents and legal cases: read and written by those {@link Visibility} lets see comments
 * (monitors, editors, admins). The caller names a record it has found and may show; this module keeps the thread.
 * A comment's author may change or delete it; an editor or admin may delete any (not change what another wrote).
 * Every change is announced as a change of the record, for its history.
 */
@Component
public class Comments {

    /** The kinds of record a thread may be on, as their owners' tables are named. */
    public static final Set<String> KINDS = Set.of("incident", "legal_case");

    public static final int MAX_LENGTH = 4000;

    private static final String COMMENT = "comment";

    private static final String COLUMNS = "id, record_kind, record_id, author, body, created_at, edited_at";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Comments(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Whether this viewer reads and writes comments. */
    public static boolean mayComment(Viewer viewer) {
        return viewer.sees(Visibility.ofRecord(COMMENT), null);
    }

    /**
     * The record's thread, oldest first, each comment saying what this viewer may do with it; empty for a viewer who
     * may not see comments.
     */
    public List<Comment> on(String kind, String id, Viewer viewer) {
        if (!mayComment(viewer) || !KINDS.contains(kind)) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from record_comment where record_kind = ? and record_id = ?"
                        + " order by created_at, id")
                .params(kind, id)
                .query((rs, n) -> read(rs, viewer))
                .list();
    }

    /** Whether this viewer may change a comment by this author: only its author. */
    public static boolean mayEdit(String author, Viewer viewer) {
        return mayComment(viewer) && viewer.wrote(author);
    }

    /** Whether this viewer may delete a comment by this author: its author, or an editor or admin. */
    public static boolean mayDelete(String author, Viewer viewer) {
        return mayComment(viewer) && (viewer.wrote(author) || viewer.mayPublish());
    }

    /** Adds a comment by the viewer; a text that is empty, too long or holds control characters changes nothing. */
    @Transactional
    public Comment add(String kind, String id, String text, Viewer author) {
        if (!mayComment(author)) {
            throw new AccessDeniedException("comments are for monitors, editors and admins");
        }
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind: comments are on " + KINDS + ", not " + kind);
        }
        String body = text == null ? "" : text.strip();
        List<FieldProblem> problems = problems(body);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Comment added = jdbc.sql("""
                        insert into record_comment (record_kind, record_id, author, body) values (?, ?, ?, ?)
                        returning id, created_at""")
                .params(kind, id, author.username(), body)
                .query((rs, n) -> new Comment(rs.getLong("id"), kind, id, author.username(), body,
                        almaty(rs, "created_at"), null, true, true))
                .single();
        events.publishEvent(new CommentAdded(kind, id, added.id(), author.username(), body));
        return added;
    }

    /**
     * Changes the text of a comment, by its author only; the same text changes nothing. A text that is empty, too long
     * or holds control characters is refused, and so is anyone but the author ({@link Forbidden}).
     *
     * @return the comment as it now reads
     */
    @Transactional
    public Comment edit(long commentId, String text, Viewer by) {
        Comment comment = held(commentId, by);
        if (!comment.mayEdit()) {
            throw new Forbidden("Only the author of a comment changes it.");
        }
        String body = text == null ? "" : text.strip();
        List<FieldProblem> problems = problems(body);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (body.equals(comment.text())) {
            return comment;
        }
        jdbc.sql("update record_comment set body = ?, edited_at = now() where id = ?").params(body, commentId)
                .update();
        events.publishEvent(new CommentChanged(comment.recordKind(), comment.recordId(), commentId, by.username(),
                comment.author(), comment.text(), body));
        return held(commentId, by);
    }

    /**
     * Deletes a comment, by its author or an editor or admin ({@link Forbidden} for anyone else); the audit log keeps
     * what it said.
     *
     * @return the comment as it read before, to say which record's thread it was on
     */
    @Transactional
    public Comment delete(long commentId, Viewer by) {
        Comment comment = held(commentId, by);
        if (!comment.mayDelete()) {
            throw new Forbidden("Only the author of a comment, an editor or an admin deletes it.");
        }
        jdbc.sql("delete from record_comment where id = ?").param(commentId).update();
        events.publishEvent(new CommentChanged(comment.recordKind(), comment.recordId(), commentId, by.username(),
                comment.author(), comment.text(), null));
        return comment;
    }

    /** One comment, as this viewer gets it; not found for one who may not see comments. */
    public Comment find(long commentId, Viewer viewer) {
        return read(commentId, viewer, "");
    }

    /** The comment, held until the transaction ends; not found for a viewer who may not see comments. */
    private Comment held(long commentId, Viewer viewer) {
        return read(commentId, viewer, " for update");
    }

    private Comment read(long commentId, Viewer viewer, String lock) {
        if (!mayComment(viewer)) {
            throw new Forbidden("Comments are for monitors, editors and admins.");
        }
        return jdbc.sql("select " + COLUMNS + " from record_comment where id = ?" + lock).param(commentId)
                .query((rs, n) -> read(rs, viewer)).optional()
                .orElseThrow(() -> new NotFound("No comment " + commentId));
    }

    private static Comment read(ResultSet rs, Viewer viewer) throws SQLException {
        String author = rs.getString("author");
        return new Comment(rs.getLong("id"), rs.getString("record_kind"), rs.getString("record_id"), author,
                rs.getString("body"), almaty(rs, "created_at"), almaty(rs, "edited_at"), mayEdit(author, viewer),
                mayDelete(author, viewer));
    }

    private static LocalDateTime almaty(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.atZoneSameInstant(Today.KAZAKHSTAN).toLocalDateTime();
    }

    private static List<FieldProblem> problems(String body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body.isEmpty()) {
            problems.add(FieldProblem.of("text", "problem.required"));
        } else if (body.length() > MAX_LENGTH) {
            problems.add(FieldProblem.of("text", "problem.atMostCharacters", MAX_LENGTH));
        } else if (ControlCharacters.in(body)) {
            problems.add(FieldProblem.of("text", ControlCharacters.PROBLEM));
        }
        return problems;
    }
}
