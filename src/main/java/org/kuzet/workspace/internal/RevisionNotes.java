package org.kuzet.workspace.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A version's note in the reader's language. An editor's correction note is shown as typed; the notes Kuzet writes
 * itself (a first publication, a dataset import's correction, a merge, a source added from the incident's page) are
 * stored in English words and are said here in words of the reader's language.
 */
@Component("revisionNotes")
public class RevisionNotes {

    private static final Pattern MERGED = Pattern.compile("merged #(\\d+) into it");
    private static final Pattern SOURCE_ADDED = Pattern.compile("source added: (.*)", Pattern.DOTALL);

    private final MessageSource messages;

    RevisionNotes(MessageSource messages) {
        this.messages = messages;
    }

    /** Used by the staff incident page's list of versions; null for a version without a note. */
    public String said(String note, Locale locale) {
        if (note == null) {
            return null;
        }
        Matcher m;
        if (note.equals("published")) {
            return messages.getMessage("ws.incident.firstPublished", null, locale);
        }
        if (note.equals("corrected by a dataset import")) {
            return messages.getMessage("ws.note.imported", null, locale);
        }
        if ((m = MERGED.matcher(note)).matches()) {
            return messages.getMessage("ws.note.merged", new Object[] {m.group(1)}, locale);
        }
        if ((m = SOURCE_ADDED.matcher(note)).matches()) {
            return messages.getMessage("ws.note.sourceAdded", new Object[] {m.group(1)}, locale);
        }
        return note;
    }
}
