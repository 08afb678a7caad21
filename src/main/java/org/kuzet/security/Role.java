package org.kuzet.security;

/** What a staff account may do. The public needs no account. */
public enum Role {
    ADMIN, EDITOR, MONITOR, CORRESPONDENT;

    public String authority() {
        return "ROLE_" + name();
    }
}
