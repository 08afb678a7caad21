package org.kuzet.notification.internal;

import java.util.Locale;
import org.kuzet.core.RecordChanged;
import org.kuzet.inquiry.InquiryDue;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hears every change of an incident or a legal case once it is committed (a change rolled back is no news) and
 * tells each watcher but the one who made it: a line in their notifications, and a mail when they gave an address
 * and an SMTP host is set. Likewise reminds the staff member who recorded a request to a state body that it is due
 * soon or overdue; the inquiry module announces each status once, so each is told once. Whoever watches a request
 * hears of its answer, an extension of its term, and of it going overdue, not of every edit.
 */
@Component
class WatchedChanges {

    static final String INQUIRY = "inquiry";
    /** Who a reminder says it came from: the clock, not a person. */
    static final String CLOCK = "kuzet";
    /** What a watcher of a request hears of (besides it going overdue, which the daily check announces). */
    static final java.util.Set<String> INQUIRY_NEWS = java.util.Set.of("inquiry.answered", "inquiry.extended");

    private final Watches watches;
    private final SavedFilters addresses;
    private final Mailer mailer;
    private final MessageSource messages;
    private final NotificationSettings settings;

    WatchedChanges(Watches watches, SavedFilters addresses, Mailer mailer, MessageSource messages,
                   NotificationSettings settings) {
        this.watches = watches;
        this.addresses = addresses;
        this.mailer = mailer;
        this.messages = messages;
        this.settings = settings;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(RecordChanged change) {
        if (!Watches.KINDS.contains(change.recordKind())
                || change.recordKind().equals(INQUIRY) && !INQUIRY_NEWS.contains(change.action())) {
            return;
        }
        for (String watcher : watches.watchersOf(change.recordKind(), change.recordId())) {
            if (watcher.equals(change.actor())) {
                continue;
            }
            watches.heard(watcher, change.recordKind(), change.recordId(), change.action(), change.actor());
            addresses.addressOf(watcher).ifPresent(to -> mail(to, change));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void due(InquiryDue due) {
        String id = Long.toString(due.id());
        java.util.Set<String> told = new java.util.LinkedHashSet<>();
        told.add(due.recordedBy());
        if (due.status().equals("overdue")) {
            told.addAll(watches.watchersOf(INQUIRY, id));
        }
        for (String username : told) {
            watches.heard(username, INQUIRY, id, INQUIRY + "." + due.status(), CLOCK);
            addresses.addressOf(username).ifPresent(to -> mail(to, due));
        }
    }

    private void mail(SavedFilters.Address to, InquiryDue due) {
        if (!mailer.enabled()) {
            return;
        }
        Locale locale = Locale.forLanguageTag(to.lang());
        String link = settings.baseUrl() + NotificationPages.recordPath(INQUIRY, Long.toString(due.id()));
        String key = "notification.due." + due.status();
        mailer.send(to.email(), messages.getMessage(key + ".subject", new Object[] {due.subject()}, locale),
                messages.getMessage(key + ".text", new Object[] {due.subject(), due.addresseeName(),
                        due.deadline().toString(), link}, locale));
    }

    private void mail(SavedFilters.Address to, RecordChanged change) {
        if (!mailer.enabled()) {
            return;
        }
        Locale locale = Locale.forLanguageTag(to.lang());
        String what = messages.getMessage("audit.action." + change.action(), null, change.action(), locale);
        String link = settings.baseUrl() + NotificationPages.recordPath(change.recordKind(), change.recordId());
        mailer.send(to.email(), messages.getMessage("notification.watch.subject", new Object[] {what}, locale),
                messages.getMessage("notification.watch.text", new Object[] {what, change.actor(), link}, locale));
    }
}
