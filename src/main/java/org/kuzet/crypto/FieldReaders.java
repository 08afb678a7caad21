package org.kuzet.crypto;

/**
 * Whether the caller at hand may read a field of a record kind, asked before a sealed value is opened for it. The
 * security module answers from its one table of who sees what; crypto itself knows no roles, so that every module,
 * security included, can seal what it keeps.
 */
@FunctionalInterface
public interface FieldReaders {

    boolean mayRead(String kind, String field);
}
