package org.kuzet.comment;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kuzet.api.InvalidInput;
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
 */
@Component
public class Comments {

    /** The kinds of record a thread may be on, as their owners' tables are named. */
    public static final Set<String> KINDS = Set.of("incident", "legal_case");

    public static final int MAX_LENGTH = 4000;

    private static final String COMMENT = "comment";

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

    /** The record's thread, oldest first; empty for a viewer who may not see comments. */
    public List<Comment> on(String kind, String id, Viewer viewer) {
        if (!mayComment(viewer) || !KINDS.contains(kind)) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, author, body, created_at from record_comment
                        where record_kind = ? and record_id = ? order by created_at, id""")
                .params(kind, id)
                .query((rs, n) -> new Comment(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).atZoneSameInstant(Today.KAZAKHSTAN).toLocalDateTime()))
                .list();
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
                .query((rs, n) -> new Comment(rs.getLong(1), author.username(), body,
                        rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(Today.KAZAKHSTAN).toLocalDateTime()))
                .single();
        events.publishEvent(new CommentAdded(kind, id, added.id(), author.username(), body));
        return added;
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
