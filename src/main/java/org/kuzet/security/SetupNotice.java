package org.kuzet.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page says, while Kuzet has no administrator, how to make the first one (the layout shows a notice leading
 * to the setup page). Once an administrator exists the answer is kept: the database is not asked again.
 */
@ControllerAdvice(annotations = Controller.class)
class SetupNotice {

    private final StaffAccounts accounts;
    private volatile boolean adminSeen;

    SetupNotice(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("setupNeeded")
    boolean setupNeeded() {
        if (!adminSeen) {
            adminSeen = accounts.hasAdmin();
        }
        return !adminSeen;
    }
}
