package org.kuzet.notification.internal;

import java.util.Locale;
import org.kuzet.inquiry.InquiryDue;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reminds the staff member who recorded a request to a state body that it is due soon or overdue, once the inquiry
 * module's daily check committed the change: a line in their notifications, and a mail when they gave an address
 * and an SMTP host is set. The inquiry module announces each status once, so each is told once.
 */
@Component
class DueRequests {

    static final String KIND = "inquiry";
    /** Who the line says it came from: the clock, not a person. */
    static final String CLOCK = "kuzet";

    private final Watches watches;
    private final SavedFilters addresses;
    private final Mailer mailer;
    private final MessageSource messages;
    private final NotificationSettings settings;

    DueRequests(Watches watches, SavedFilters addresses, Mailer mailer, MessageSource messages,
                NotificationSettings settings) {
        this.watches = watches;
        this.addresses = addresses;
        this.mailer = mailer;
        this.messages = messages;
        this.settings = settings;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void due(InquiryDue due) {
        String id = Long.toString(due.id());
        watches.heard(due.recordedBy(), KIND, id, action(due), CLOCK);
        addresses.addressOf(due.recordedBy()).ifPresent(to -> mail(to, due));
    }

    private static String action(InquiryDue due) {
        return "inquiry." + due.status();
    }

    private void mail(SavedFilters.Address to, InquiryDue due) {
        if (!mailer.enabled()) {
            return;
        }
        Locale locale = Locale.forLanguageTag(to.lang());
        String link = settings.baseUrl() + NotificationPages.recordPath(KIND, Long.toString(due.id()));
        String key = "notification.due." + due.status();
        mailer.send(to.email(), messages.getMessage(key + ".subject", new Object[] {due.subject()}, locale),
                messages.getMessage(key + ".text", new Object[] {due.subject(), due.addresseeName(),
                        due.deadline().toString(), link}, locale));
    }
}
