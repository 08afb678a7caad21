package org.kuzet.legalcase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A legal case and its timeline. The stage, the money awarded and the money collected follow from the events
 * recorded with {@link #record}, which refuses events a real proceeding cannot have.
 */
public final class LegalCase {

    private final Long id;
    private final CaseFacts facts;
    private Stage stage;
    private Long awardedKzt;
    private Long collectedKzt;
    private final List<CaseEvent> events = new ArrayList<>();

    LegalCase(Long id, CaseFacts facts, Stage stage, Long awardedKzt, Long collectedKzt, List<CaseEvent> events) {
        this.id = id;
        this.facts = facts;
        this.stage = stage;
        this.awardedKzt = awardedKzt;
        this.collectedKzt = collectedKzt;
        this.events.addAll(events);
    }

    /** A case just opened (filed): at the pre-trial stage, nothing awarded or collected yet. */
    public static LegalCase opened(CaseFacts facts) {
        return new LegalCase(null, facts, Stage.PRETRIAL, null, null, List.of());
    }

    /**
     * Adds a step to the timeline and moves the case on. Events come in order, not before the case was opened; only
     * a hearing or a deadline may be set ahead (it moves the case on once it is held, not when it is scheduled), and
     * only an appeal or a cassation can take a case back to an earlier stage or reopen it.
     */
    public void record(CaseEvent event, LocalDate today) {
        boolean ahead = event.date().isAfter(today);
        if (ahead && !event.kind().isScheduled()) {
            throw new TimelineRuleBroken("date", "problem.caseEventAhead", event.date());
        }
        if (event.date().end().isBefore(facts.openedOn().start())) {
            throw new TimelineRuleBroken("date", "problem.caseEventBeforeOpening", facts.openedOn());
        }
        CaseEvent previous = lastHeld(today);
        if (!ahead && previous != null && event.date().start().isBefore(previous.date().start())) {
            throw new TimelineRuleBroken("date", "problem.caseEventOrder", previous.date());
        }
        if (event.kind() == EventKind.FILED && !events.isEmpty()) {
            throw new TimelineRuleBroken("kind", "problem.caseFiledTwice");
        }
        if (stage == Stage.CLOSED && !event.kind().mayReopen() && event.kind() != EventKind.DEADLINE) {
            throw new TimelineRuleBroken("kind", "problem.caseClosed");
        }
        Stage next = ahead ? stage : event.kind().stageAfter(stage);
        if (next.isBehind(stage) && !event.kind().mayReopen()) {
            throw new TimelineRuleBroken("kind", "problem.caseBack", event.kind().code(), stage.code(), next.code());
        }
        if (event.kind() == EventKind.JUDGMENT && event.inFavourOfMedia() == null) {
            throw new TimelineRuleBroken("in_favour_of_media", "problem.judgmentFavour");
        }
        if (event.amountKzt() != null) {
            if (event.kind() == EventKind.ENFORCEMENT) {
                collectedKzt = (collectedKzt == null ? 0 : collectedKzt) + event.amountKzt();
            } else if (event.kind().isDecision()) {
                awardedKzt = event.amountKzt();
            }
        }
        stage = next;
        events.add(event);
    }

    /** The latest event that has taken place (dates set ahead are not yet part of the order of things). */
    private CaseEvent lastHeld(LocalDate today) {
        CaseEvent last = null;
        for (CaseEvent e : events) {
            if (!e.date().isAfter(today)) {
                last = e;
            }
        }
        return last;
    }

    /** Sets the stage a source reports when the timeline does not show it; never behind what the timeline shows. */
    public void reportedAt(Stage reported) {
        if (reported.isBehind(stage)) {
            throw new TimelineRuleBroken("stage", "problem.stageBehind", stage.code());

        }
        stage = reported;
    }

    /** Amounts a source states outright (e.g. from a court document) take precedence over the sums of events. */
    public void statedAmounts(Long awarded, Long collected) {
        if (awarded != null) {
            awardedKzt = awarded;
        }
        if (collected != null) {
            collectedKzt = collected;
        }
    }

    public Long id() {
        return id;
    }

    public CaseFacts facts() {
        return facts;
    }

    public Stage stage() {
        return stage;
    }

    public Long awardedKzt() {
        return awardedKzt;
    }

    public Long collectedKzt() {
        return collectedKzt;
    }

    public List<CaseEvent> events() {
        return List.copyOf(events);
    }

    LegalCase withId(long newId) {
        return new LegalCase(newId, facts, stage, awardedKzt, collectedKzt, events);
    }
}
