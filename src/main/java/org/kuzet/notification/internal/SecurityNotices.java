package org.kuzet.notification.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.kuzet.core.Today;
import org.kuzet.security.SecurityNotice;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security notices ({@link SecurityNotice}): each is kept for its account's dashboard and mailed to the account's
 * address when it gave one and an SMTP host is set. Unlike digests and watches, nobody chooses them and nobody can
 * turn them off. Heard once the change is committed (a change rolled back is no news).
 */
@Component
class SecurityNotices {

    private static final String ROLE_LABEL = "accounts.role.";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SavedFilters addresses;
    private final Mailer mailer;
    private final MessageSource messages;
    private final NotificationSettings settings;

    SecurityNotices(JdbcClient jdbc, JsonMapper json, SavedFilters addresses, Mailer mailer, MessageSource messages,
                    NotificationSettings settings) {
        this.jdbc = jdbc;
        this.json = json;
        this.addresses = addresses;
        this.mailer = mailer;
        this.messages = messages;
        this.settings = settings;
    }

    /** A notice as the dashboard shows it. */
    record Shown(OffsetDateTime at, String text) {
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void noticed(SecurityNotice notice) {
        jdbc.sql("insert into notification_security_notice (username, kind, details) values (?, ?, cast(? as jsonb))")
                .params(notice.username(), notice.kind(), json.writeValueAsString(notice.details())).update();
        addresses.addressOf(notice.username()).ifPresent(to -> {
            if (mailer.enabled()) {
                Locale locale = Locale.forLanguageTag(to.lang());
                mailer.send(to.email(), messages.getMessage("security.notice.mail.subject", null, locale),
                        messages.getMessage("security.notice.mail.text", new Object[] {
                            text(notice.kind(), notice.details(), locale), settings.baseUrl() + "/staff"}, locale));
            }
        });
    }

    /** The account's latest notices, newest first, in the reader's language. */
    List<Shown> of(String username, int limit, Locale locale) {
        return jdbc.sql("""
                        select kind, details::text, noticed_at from notification_security_notice
                        where username = ? order by noticed_at desc, id desc limit ?""")
                .params(username, limit)
                .query((rs, n) -> new Shown(rs.getObject("noticed_at", OffsetDateTime.class)
                        .atZoneSameInstant(Today.KAZAKHSTAN).toOffsetDateTime(),
                        text(rs.getString("kind"), json.readValue(rs.getString(2), new TypeReference<List<String>>() {
                        }), locale)))
                .list();
    }

    /** The notice in words: the two-factor and export notices say which step; a role is named in the language. */
    private String text(String kind, List<String> details, Locale locale) {
        String key = "security.notice." + kind;
        Object[] args = details.toArray();
        if (kind.equals(SecurityNotice.TWO_FACTOR)) {
            key += "." + details.get(0);
        } else if (kind.equals(SecurityNotice.CONFIDENTIAL_EXPORT)) {
            key += "." + details.get(1);
        } else if (kind.equals(SecurityNotice.ROLE)) {
            args[0] = messages.getMessage(ROLE_LABEL + details.get(0), null, details.get(0), locale);
            args[1] = messages.getMessage(ROLE_LABEL + details.get(1), null, details.get(1), locale);
        }
        return messages.getMessage(key, args, kind, locale);
    }
}
