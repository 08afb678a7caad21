package org.kuzet.security;

/**
 * The first administrator was made on the setup page. {@code demonstration} is whether they asked for the
 * demonstration data; the dataset feature loads it (only into a database that holds no incident yet).
 */
public record FirstAdminCreated(String username, boolean demonstration) {
}
