package org.kuzet.security;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the account changes its holder must hear of into {@link SecurityNotice}s: a new role, an API token made
 * for them. Kept apart from the code that makes those changes, which stays as it is.
 */
@Component
class SecurityNoticeSource {

    private final ApplicationEventPublisher events;

    SecurityNoticeSource(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void account(AccountChanged change) {
        if (change.verb().equals("role_changed")) {
            events.publishEvent(new SecurityNotice(change.username(), SecurityNotice.ROLE,
                    List.of(value(change.before()), value(change.after()), change.actor())));
        }
    }

    @EventListener
    void token(TokenChanged change) {
        if (change.verb().equals("created")) {
            events.publishEvent(new SecurityNotice(String.valueOf(change.after().get("username")),
                    SecurityNotice.TOKEN, List.of(String.valueOf(change.after().get("name")), change.actor())));
        }
    }

    private static String value(Map<String, Object> roles) {
        return String.valueOf(roles.get("role"));
    }
}
