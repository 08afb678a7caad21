package org.kuzet.search;

/** Who is searching. The public sees published records and their public text only; staff see everything. */
public enum Audience {
    PUBLIC, STAFF
}
