package org.kuzet.inquiry;

import java.time.LocalDate;

/**
 * The daily check found an unanswered request newly {@code due_soon} or {@code overdue}; published once per status
 * change, in the transaction that records it was told, so listeners after commit hear it once.
 *
 * @param status {@code due_soon} or {@code overdue}
 * @param recordedBy the staff member who recorded the request: the one reminded
 */
public record InquiryDue(long id, String status, String subject, String addresseeName, LocalDate deadline,
        String recordedBy) {
}
