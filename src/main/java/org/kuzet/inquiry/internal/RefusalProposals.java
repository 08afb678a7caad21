package org.kuzet.inquiry.internal;

import java.time.LocalDate;
import java.util.List;
import org.kuzet.actor.Actor;
import org.kuzet.actor.Actors;
import org.kuzet.core.Today;
import org.kuzet.incident.Incident;
import org.kuzet.incident.IncidentDesk;
import org.kuzet.incident.IncidentForm;
import org.kuzet.incident.Origin;
import org.kuzet.inquiry.Inquiry;
import org.kuzet.inquiry.InquiryChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clock's reaction to a request to the state refused or left unanswered past its deadline: it proposes, once and
 * only once per request, a draft incident under {@code refusal_of_information} through the incident module's one
 * door ({@link IncidentDesk}), linked back to the request. The draft waits for a monitor; nothing is published.
 * A refusal is proposed when the answer is recorded; a missed deadline is found by the daily sweep, in Almaty's
 * morning.
 */
@Component
class RefusalProposals {

    static final String CATEGORY = "refusal_of_information";
    private static final Logger LOG = LoggerFactory.getLogger(RefusalProposals.class);

    private final InquiryStore store;
    private final IncidentDesk incidents;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    RefusalProposals(InquiryStore store, IncidentDesk incidents, Actors actors, ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.incidents = incidents;
        this.actors = actors;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${kuzet.inquiry.sweep-cron:0 10 0 * * *}", zone = "Asia/Almaty")
    @SchedulerLock(name = "inquiry-refusal-proposals", lockAtLeastFor = "PT5M")
    void daily() {
        int proposed = sweep(LocalDate.now(Today.CLOCK));
        if (proposed > 0) {
            LOG.info("Proposed {} draft refusal(s) for requests past their deadline", proposed);
        }
    }

    /** Proposes a draft for every request due one on this day, each in its own transaction; how many were made. */
    int sweep(LocalDate today) {
        int made = 0;
        for (long id : store.refusalsToPropose(today)) {
            Boolean one = transaction.execute(s -> store.find(id, today).map(q -> propose(q, today)).orElse(false));
            made += Boolean.TRUE.equals(one) ? 1 : 0;
        }
        return made;
    }

    /** Within the caller's transaction: proposes the draft when this request now calls for one. */
    void proposeIfDue(Inquiry inquiry) {
        LocalDate today = LocalDate.now(Today.CLOCK);
        if (due(inquiry)) {
            propose(inquiry, today);
        }
    }

    private static boolean due(Inquiry q) {
        return q.stateAddressee() && !"right_of_reply".equals(q.kind()) && q.refusalIncident() == null
                && ("refused".equals(q.outcome()) || "overdue".equals(q.status()));
    }

    private boolean propose(Inquiry q, LocalDate today) {
        if (!due(q) || !store.claimRefusal(q.id())) {
            return false;
        }
        Incident draft = incidents.recordDraft(form(q), null, Origin.inquiry(q.createdBy(), q.id()));
        store.refusalIncident(q.id(), draft.id());
        events.publishEvent(new InquiryChanged(q.id(), "refusal_proposed", q.createdBy(), q,
                store.find(q.id(), today).orElseThrow()));
        return true;
    }

    /** The draft: who refused or kept silent, when, about what; a monitor completes it. */
    private IncidentForm form(Inquiry q) {
        boolean refused = "refused".equals(q.outcome());
        LocalDate when = refused ? q.answeredOn() : q.deadlineInForce().plusDays(1);
        String title = (refused ? "Information refused by " : "No answer by the deadline from ") + q.addresseeName();
        String summary = "Request of " + q.sentOn() + (q.onBehalfOfName() != null ? " on behalf of "
                + q.onBehalfOfName() : "") + ": " + q.subject() + ". Deadline " + q.deadlineInForce()
                + (refused ? "; refused on " + q.answeredOn() + (q.answerText() == null ? "" : ": "
                + q.answerText()) : "; no answer was received.") + " (Inquiry " + q.externalId() + ")";
        IncidentForm.PerpetratorForm body = new IncidentForm.PerpetratorForm(
                q.addressee() == null ? null : q.addressee().toString(), q.addresseeName(), perpetratorType(q));
        return new IncidentForm(title, summary, when.toString(), null, CATEGORY, null, null, null, null, null,
                List.of(body), q.answerSource() == null ? null : List.of(q.answerSource().toString()), null, null);
    }

    private String perpetratorType(Inquiry q) {
        String type = q.addressee() == null ? null : actors.find(q.addressee()).map(Actor::actorType).orElse(null);
        return type != null && InquiryInput.STATE.contains(type) ? type : "state_body";
    }
}
