package org.kuzet.notification.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kuzet.portal.PublicIncidents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Mails each saved filter's digest: the incidents it selects that no earlier digest told of, in the language the
 * filter was saved in. Daily digests leave at 08:00 Almaty time, weekly ones on Monday at 08:00; a filter with
 * nothing new, or an owner without an address, gets no mail (and what it selects stays untold till it is sent).
 */
@Component
public class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);
    static final String ALMATY = "Asia/Almaty";

    private final SavedFilters filters;
    private final FilterMatches matches;
    private final Mailer mailer;
    private final MessageSource messages;
    private final NotificationSettings settings;

    Digests(SavedFilters filters, FilterMatches matches, Mailer mailer, MessageSource messages,
            NotificationSettings settings) {
        this.filters = filters;
        this.matches = matches;
        this.mailer = mailer;
        this.messages = messages;
        this.settings = settings;
    }

    @Scheduled(cron = "0 0 8 * * *", zone = ALMATY)
    @SchedulerLock(name = "notification-daily-digests", lockAtLeastFor = "PT5M")
    void daily() {
        send(Frequency.DAILY);
    }

    @Scheduled(cron = "0 0 8 * * MON", zone = ALMATY)
    @SchedulerLock(name = "notification-weekly-digests", lockAtLeastFor = "PT5M")
    void weekly() {
        send(Frequency.WEEKLY);
    }

    /** Sends the digests of one frequency now (the schedule does, and tests may); returns how many mails left. */
    public int send(Frequency frequency) {
        if (!mailer.enabled()) {
            return 0;
        }
        int sent = 0;
        for (SavedFilter filter : filters.withDigest(frequency)) {
            Optional<SavedFilters.Address> address = filters.addressOf(filter.username());
            if (address.isEmpty()) {
                continue;
            }
            Set<Long> told = filters.toldOf(filter.id());
            List<PublicIncidents.Row> fresh = matches.of(filter).stream().filter(r -> !told.contains(r.id())).toList();
            if (!fresh.isEmpty() && mailer.send(address.get().email(), subject(filter, fresh.size()), text(filter, fresh))) {
                filters.told(filter.id(), fresh.stream().map(PublicIncidents.Row::id).toList());
                sent++;
            }
        }
        log.info("{} digests: {} sent", frequency.code(), sent);
        return sent;
    }

    private String subject(SavedFilter filter, int count) {
        return messages.getMessage("notification.digest.subject", new Object[] {filter.name(), count},
                Locale.forLanguageTag(filter.lang()));
    }

    private String text(SavedFilter filter, List<PublicIncidents.Row> fresh) {
        Locale locale = Locale.forLanguageTag(filter.lang());
        String base = settings.baseUrl();
        StringBuilder text = new StringBuilder(messages.getMessage("notification.digest.intro",
                new Object[] {filter.name(), fresh.size()}, locale)).append("\n\n");
        for (PublicIncidents.Row row : fresh.reversed()) {
            text.append("- ").append(row.title()).append(" (").append(row.date()).append(", ")
                    .append(row.place() == null ? "" : row.place() + ", ").append(row.category()).append(")\n  ")
                    .append(base).append("/staff/incidents/").append(row.id()).append('\n');
        }
        text.append('\n').append(messages.getMessage("notification.digest.footer", null, locale)).append('\n')
                .append(UriComponentsBuilder.fromUriString(base).path("/staff/notifications").toUriString())
                .append('\n');
        return text.toString();
    }
}
