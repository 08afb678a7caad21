package org.kuzet.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a journey in the browser needs around it: the application on a port of its own, one Chromium for the class,
 * and staff accounts made once under names of the journey's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class JourneySupport {

    static final String PASSWORD = "correct horse battery staple";

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    String base() {
        return "http://localhost:" + port;
    }

    /** The account, made with {@link #PASSWORD} unless an earlier run of the class made it already. */
    void staffMember(String username, String displayName, Role role) {
        if (!accounts.exists(username)) {
            accounts.create(username, displayName, PASSWORD, role);
        }
    }
}
