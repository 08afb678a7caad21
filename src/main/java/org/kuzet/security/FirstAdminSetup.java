package org.kuzet.security;

import java.io.PrintStream;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the web application starts and no admin account exists, prints the one-time link with which the person who
 * runs the server makes the first admin: one line on the console, beginning {@code Kuzet setup:}, so it stands out
 * from the log. There is no default password.
 */
@Component
class FirstAdminSetup {

    static final String CONSOLE_PREFIX = "Kuzet setup: ";

    private final StaffAccounts accounts;
    private final SetupLink link;
    private final PrintStream console;

    FirstAdminSetup(StaffAccounts accounts, SetupLink link) {
        this.accounts = accounts;
        this.link = link;
        this.console = System.out;
    }

    @EventListener
    void started(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || accounts.hasAdmin()) {
            return;
        }
        int port = web.getWebServer() == null ? 8080 : web.getWebServer().getPort();
        console.println(CONSOLE_PREFIX + "open http://localhost:" + port + "/setup?token=" + link.issue()
                + " to create the first administrator (one use, within the hour)");
    }
}
