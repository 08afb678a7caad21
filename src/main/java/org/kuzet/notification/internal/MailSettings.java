package org.kuzet.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMTP server mail goes through ({@code KUZET_SMTP_HOST}, {@code _PORT}, {@code _USER}, {@code _PASSWORD},
 * {@code _FROM}, {@code _STARTTLS}). Without a host no mail is sent, and the workspace says so.
 */
@ConfigurationProperties("kuzet.smtp")
record MailSettings(String host, Integer port, String username, String password, String from, Boolean starttls) {

    boolean configured() {
        return host != null && !host.isBlank();
    }

    int portOrDefault() {
        return port == null ? 25 : port;
    }

    String sender() {
        return from == null || from.isBlank() ? "kuzet@localhost" : from;
    }
}
