package org.kuzet.security;

import java.util.List;

/**
 * Something its holder must hear of about their account, whatever they chose to be told of otherwise: a sign-in
 * from an address or browser not seen before, a change of their second factor, of their role, an API token made
 * for them, an export of confidential data. The notification module shows it on the dashboard and mails it; no
 * setting turns it off.
 *
 * @param username the account told
 * @param kind one of the constants below; the message {@code security.notice.<kind>} says it
 * @param details the message's arguments, in order (never a secret, a code or a token)
 */
public record SecurityNotice(String username, String kind, List<String> details) {

    /** Details: the address, the browser. */
    public static final String NEW_SIGN_IN = "new_sign_in";
    /** Details: what changed (enrolled, turned_off, reset, recovery_codes_renewed, recovery_code_used), by whom. */
    public static final String TWO_FACTOR = "two_factor";
    /** Details: the role before, the role after, by whom. */
    public static final String ROLE = "role";
    /** Details: the token's name, by whom. */
    public static final String TOKEN = "token";
    /** Details: the export's number, what happened to it (requested, approved, downloaded), by whom. */
    public static final String CONFIDENTIAL_EXPORT = "confidential_export";

    public SecurityNotice {
        details = List.copyOf(details);
    }
}
