package org.kuzet.notification.internal;

import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/** Sends plain-text mail through the configured SMTP server; without one, sends nothing and says so. */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    private static final String TIMEOUT_MS = "10000";

    private final MailSettings settings;
    private final JavaMailSenderImpl sender;

    Mailer(MailSettings settings) {
        this.settings = settings;
        this.sender = settings.configured() ? sender(settings) : null;
    }

    boolean enabled() {
        return sender != null;
    }

    /** True when the server took the message; a failure is logged, never thrown at the change that caused it. */
    boolean send(String to, String subject, String text) {
        if (sender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.sender());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Mail to {} was not sent: {}", to, e.getMessage());
            return false;
        }
    }

    private static JavaMailSenderImpl sender(MailSettings settings) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost(settings.host());
        mail.setPort(settings.portOrDefault());
        mail.setDefaultEncoding("UTF-8");
        if (settings.username() != null && !settings.username().isBlank()) {
            mail.setUsername(settings.username());
            mail.setPassword(settings.password());
        }
        Properties props = mail.getJavaMailProperties();
        props.put("mail.smtp.auth", Boolean.toString(mail.getUsername() != null));
        props.put("mail.smtp.starttls.enable", Boolean.toString(Boolean.TRUE.equals(settings.starttls())));
        // a slow mail server must not hold a page or a digest run for long
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        props.put("mail.smtp.timeout", TIMEOUT_MS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MS);
        return mail;
    }
}
