package org.kuzet.inquiry.internal;

import java.time.LocalDate;
import org.kuzet.core.Today;
import org.kuzet.inquiry.Inquiry;
import org.kuzet.inquiry.InquiryDue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily check of unanswered requests: one newly due soon or overdue is announced ({@link InquiryDue}) once per
 * status, for the notifications to remind the staff member who recorded it. The status told is kept on the request,
 * so a second run of the same day, or of the next, announces nothing again.
 */
@Component
class DueReminders {

    private static final Logger LOG = LoggerFactory.getLogger(DueReminders.class);

    private final InquiryStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    DueReminders(InquiryStore store, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.store = store;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${kuzet.inquiry.sweep-cron:0 10 0 * * *}", zone = "Asia/Almaty")
    @SchedulerLock(name = "inquiry-due-reminders", lockAtLeastFor = "PT5M")
    void daily() {
        int told = remind(LocalDate.now(Today.CLOCK));
        if (told > 0) {
            LOG.info("Announced {} request(s) newly due soon or overdue", told);
        }
    }

    /** Announces each request whose status changed to due soon or overdue, each in its own transaction. */
    int remind(LocalDate today) {
        int told = 0;
        for (long id : store.remindersDue(today)) {
            Boolean one = transaction.execute(s -> store.find(id, today).map(this::announce).orElse(false));
            told += Boolean.TRUE.equals(one) ? 1 : 0;
        }
        return told;
    }

    private boolean announce(Inquiry q) {
        if (q.statusCode().isAnswered() || "awaiting".equals(q.status()) || !store.claimReminder(q.id(), q.status())) {
            return false;
        }
        events.publishEvent(new InquiryDue(q.id(), q.status(), q.subject(), q.addresseeName(), q.deadlineInForce(),
                q.createdBy()));
        return true;
    }
}
