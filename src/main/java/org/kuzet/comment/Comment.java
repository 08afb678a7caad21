package org.kuzet.comment;

import java.time.LocalDateTime;

/**
 * One comment of a record's thread, as one reader gets it: who wrote it, what, when (in Almaty time, as every time a
 * person reads), when its author last changed it (null if never), and whether this reader may change or delete it.
 */
public record Comment(long id, String recordKind, String recordId, String author, String text, LocalDateTime at,
        LocalDateTime editedAt, boolean mayEdit, boolean mayDelete) {

    public boolean isEdited() {
        return editedAt != null;
    }
}
