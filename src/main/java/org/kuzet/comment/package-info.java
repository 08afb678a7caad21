/**
 * Comments: the short thread between editor and monitor on a record under work (an incident, a legal case). Owns
 * {@code record_comment}. Staff only (monitors, editors, admins, as {@link org.kuzet.security.Visibility} says):
 * never on a public page, in an export or in the public search. Its author may change or delete a comment (it then
 * says "edited"); an editor or admin may delete any. Each comment added, changed or deleted is announced as a change
 * of the record it is on ({@link org.kuzet.comment.CommentAdded}, {@link org.kuzet.comment.CommentChanged}), so the
 * audit log keeps it in the record's history and the record's watchers hear of it. The caller (the staff pages) has
 * found the record and checked the viewer may see it.
 */
package org.kuzet.comment;
