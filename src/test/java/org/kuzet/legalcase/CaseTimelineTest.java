package org.kuzet.legalcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.calendar.PartialDate;

/** The timeline's rules about time: what may be set ahead, and the order of what has happened. */
class CaseTimelineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static LegalCase openedIn(String opened) {
        return LegalCase.opened(new CaseFacts(null, "Claim against an outlet", "civil", "kz-civ-143", null,
                PartialDate.parse(opened), "against_media", true, 5_000_000L, List.of(), List.of()));
    }

    private static CaseEvent event(String date, EventKind kind) {
        return new CaseEvent(PartialDate.parse(date), kind, "", kind == EventKind.JUDGMENT ? Boolean.TRUE : null, null);
    }

    @Test
    void aHearingOrADeadlineMayBeSetAheadWithoutMovingTheCaseOn() {
        LegalCase c = openedIn("2026-01");
        c.record(event("2026-04-02", EventKind.HEARING), TODAY);
        c.record(event("2026-04-20", EventKind.DEADLINE), TODAY);

        assertThat(c.stage()).isEqualTo(Stage.PRETRIAL);
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void aDecisionOrEnforcementMayNotLieAhead() {
        LegalCase c = openedIn("2026-01");
        for (EventKind kind : List.of(EventKind.JUDGMENT, EventKind.ENFORCEMENT, EventKind.APPEAL)) {
            assertThatThrownBy(() -> c.record(event("2026-03-11", kind), TODAY))
                    .isInstanceOf(TimelineRuleBroken.class)
                    .hasMessageContaining("only a hearing or a deadline can be set ahead")
                    .hasMessageNotContaining("incident");
        }
        assertThat(c.events()).isEmpty();
    }

    @Test
    void whatHappensBeforeAScheduledHearingIsStillRecordedInOrder() {
        LegalCase c = openedIn("2026-01-15");
        c.record(event("2026-05-01", EventKind.HEARING), TODAY);
        c.record(event("2026-02-01", EventKind.SENT_TO_COURT), TODAY);

        assertThat(c.stage()).isEqualTo(Stage.FIRST_INSTANCE);
        assertThatThrownBy(() -> c.record(event("2026-01-20", EventKind.HEARING), TODAY))
                .hasMessageContaining("earlier than the previous case event (2026-02-01)");
    }

    @Test
    void aDeadlineMayFollowAClosedCase() {
        LegalCase c = openedIn("2025");
        c.record(event("2026-02-01", EventKind.DISMISSED), TODAY);
        c.record(event("2026-03-20", EventKind.DEADLINE), TODAY);

        assertThat(c.stage()).isEqualTo(Stage.CLOSED);
    }
}
