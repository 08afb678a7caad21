package org.kuzet.comment;

import java.util.Map;
import org.kuzet.core.RecordChanged;

/**
 * A comment of a record's thread was changed by its author, or deleted ({@code incident.comment_edited},
 * {@code legal_case.comment_deleted}): a change of that record, so the audit log keeps what it said before and who
 * changed or removed it.
 *
 * @param author who wrote the comment (the actor is who changed or deleted it)
 * @param previous its text before
 * @param text the new text; null when the comment was deleted
 */
public record CommentChanged(String recordKind, String recordId, long commentId, String actor, String author,
        String previous, String text) implements RecordChanged {

    @Override
    public String action() {
        return recordKind + (text == null ? ".comment_deleted" : ".comment_edited");
    }

    @Override
    public Object before() {
        return Map.of("comment", commentId, "author", author, "text", previous);
    }

    @Override
    public Object after() {
        return text == null ? null : Map.of("comment", commentId, "author", author, "text", text);
    }
}
