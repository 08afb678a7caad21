package org.kuzet.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Every status on a fixed day in Almaty (2024-03-20) for a request whose deadline in force is 2024-03-22 or lies
 * around it: the clock's rule, written out by hand.
 */
class InquiryStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 20);

    @Test
    void unansweredRequestsAwaitFallDueSoonAndBecomeOverdue() {
        assertThat(InquiryStatus.of(LocalDate.of(2024, 3, 24), null, null, TODAY)).isEqualTo(InquiryStatus.AWAITING);
        // three days left, two, none: due soon, the deadline day included
        assertThat(InquiryStatus.of(LocalDate.of(2024, 3, 23), null, null, TODAY)).isEqualTo(InquiryStatus.DUE_SOON);
        assertThat(InquiryStatus.of(LocalDate.of(2024, 3, 22), null, null, TODAY)).isEqualTo(InquiryStatus.DUE_SOON);
        assertThat(InquiryStatus.of(TODAY, null, null, TODAY)).isEqualTo(InquiryStatus.DUE_SOON);
        assertThat(InquiryStatus.of(LocalDate.of(2024, 3, 19), null, null, TODAY)).isEqualTo(InquiryStatus.OVERDUE);
    }

    @Test
    void answersAreOnTimeLatePartialOrRefused() {
        LocalDate deadline = LocalDate.of(2024, 3, 16);
        assertThat(InquiryStatus.of(deadline, deadline, "answered", TODAY)).isEqualTo(InquiryStatus.ANSWERED);
        assertThat(InquiryStatus.of(deadline, LocalDate.of(2024, 3, 17), "answered", TODAY))
                .isEqualTo(InquiryStatus.ANSWERED_LATE);
        assertThat(InquiryStatus.of(deadline, LocalDate.of(2024, 3, 17), "partial", TODAY))
                .isEqualTo(InquiryStatus.PARTIAL);
        assertThat(InquiryStatus.of(deadline, LocalDate.of(2024, 3, 2), "refused", TODAY))
                .isEqualTo(InquiryStatus.REFUSED);
        assertThat(InquiryStatus.codes()).containsExactly("awaiting", "due_soon", "overdue", "answered",
                "answered_late", "partial", "refused");
    }
}
