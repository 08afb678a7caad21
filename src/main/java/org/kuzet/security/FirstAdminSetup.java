package org.kuzet.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the web application starts and no admin account exists, prints a one-time link to the log with which the
 * person who runs the server makes the first admin. There is no default password.
 */
@Component
class FirstAdminSetup {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminSetup.class);

    private final StaffAccounts accounts;
    private final SetupLink link;

    FirstAdminSetup(StaffAccounts accounts, SetupLink link) {
        this.accounts = accounts;
        this.link = link;
    }

    @EventListener
    void started(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || accounts.hasAdmin()) {
            return;
        }
        int port = web.getWebServer() == null ? 8080 : web.getWebServer().getPort();
        log.warn("No admin account exists yet. Within one hour, open http://localhost:{}/setup?token={} "
                + "(once) to create the first admin, or run: java -jar kuzet.jar create-user NAME admin",
                port, link.issue());
    }
}
