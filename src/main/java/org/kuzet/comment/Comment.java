package org.kuzet.comment;

import java.time.LocalDateTime;

/** One comment of a record's thread: who wrote it, what, and when (in Almaty time, as every time a person reads). */
public record Comment(long id, String author, String text, LocalDateTime at) {
}
