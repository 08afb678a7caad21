package org.kuzet.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The addresses and browsers each account signs in from. A sign-in from a pair not seen before is told to the
 * account's holder, so that a stranger's sign-in with a stolen password does not go unnoticed; an account's very
 * first sign-in has nothing to compare with and is not told. A browser is named coarsely (its family and system),
 * so that every update of it is not news.
 */
@Component
class SignInDevices {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    SignInDevices(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    void signedIn(String username, HttpServletRequest request) {
        String address = request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
        String device = device(request.getHeader("User-Agent"));
        Long user = jdbc.sql("select id from app_user where username = ?").param(TwoFactor.normal(username))
                .query(Long.class).optional().orElse(null);
        if (user == null) {
            return;
        }
        boolean seenBefore = jdbc.sql("select count(*) from sign_in_device where user_id = ?").param(user)
                .query(Long.class).single() > 0;
        boolean added = jdbc.sql("""
                        insert into sign_in_device (user_id, address, device) values (?, ?, ?)
                        on conflict (user_id, address, device) do nothing""")
                .params(user, address, device).update() == 1;
        if (!added) {
            jdbc.sql("update sign_in_device set last_seen = now() where user_id = ? and address = ? and device = ?")
                    .params(user, address, device).update();
        } else if (seenBefore) {
            events.publishEvent(new SecurityNotice(TwoFactor.normal(username), SecurityNotice.NEW_SIGN_IN,
                    List.of(address, device)));
        }
    }

    /** "Firefox on Linux", "Chrome on Android": the family of the browser and of its system. */
    static String device(String userAgent) {
        String agent = userAgent == null ? "" : userAgent.toLowerCase(Locale.ROOT);
        return browser(agent) + " on " + system(agent);
    }

    private static String browser(String agent) {
        if (agent.contains("firefox/")) {
            return "Firefox";
        }
        if (agent.contains("edg/")) {
            return "Edge";
        }
        if (agent.contains("opr/")) {
            return "Opera";
        }
        if (agent.contains("chrome/") || agent.contains("chromium/")) {
            return "Chrome";
        }
        return agent.contains("safari/") ? "Safari" : "another browser";
    }

    private static String system(String agent) {
        if (agent.contains("android")) {
            return "Android";
        }
        if (agent.contains("iphone") || agent.contains("ipad")) {
            return "iOS";
        }
        if (agent.contains("windows")) {
            return "Windows";
        }
        if (agent.contains("mac os")) {
            return "macOS";
        }
        return agent.contains("linux") ? "Linux" : "another system";
    }
}
