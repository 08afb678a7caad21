package org.kuzet.comment;

import java.util.Map;
import org.kuzet.core.RecordChanged;

/**
 * A comment was added to a record's thread: a change of that record ({@code incident.commented},
 * {@code legal_case.commented}), so that it stands in the record's history and its watchers hear of it.
 */
public record CommentAdded(String recordKind, String recordId, long commentId, String actor, String text)
        implements RecordChanged {

    @Override
    public String action() {
        return recordKind + ".commented";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return Map.of("comment", commentId, "text", text);
    }
}
