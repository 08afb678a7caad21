package org.kuzet.reference;

import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** Staff accounts for API tests, made once per test database. */
public final class Staff {

    public static final String PASSWORD = "correct horse battery";

    private Staff() {
    }

    /** HTTP Basic credentials of a staff member with this role (the account is created when missing). */
    public static RequestPostProcessor as(StaffAccounts accounts, Role role) {
        return named(accounts, "test-" + role.name().toLowerCase(java.util.Locale.ROOT), role);
    }

    /** As {@link #as}, for a named account: for tests that need two accounts of one role (two correspondents). */
    public static RequestPostProcessor named(StaffAccounts accounts, String username, Role role) {
        if (!accounts.exists(username)) {
            accounts.create(username, "Test " + role, PASSWORD, role);
        }
        return httpBasic(username, PASSWORD);
    }
}
