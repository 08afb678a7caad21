package org.kuzet.notification.internal;

import java.util.Locale;
import org.kuzet.core.RecordChanged;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hears every change of an incident or a legal case once it is committed (a change rolled back is no news) and
 * tells each watcher but the one who made it: a line in their notifications, and a mail when they gave an address
 * and an SMTP host is set.
 */
@Component
class WatchedChanges {

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
        if (!Watches.KINDS.contains(change.recordKind())) {
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
