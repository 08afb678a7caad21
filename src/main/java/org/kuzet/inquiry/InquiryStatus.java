package org.kuzet.inquiry;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where an inquiry stands on a day of Almaty's clock. Unanswered: {@code awaiting}, {@code due_soon} (the deadline is
 * {@value #DUE_SOON_DAYS} days away or less) and {@code overdue} (the deadline has passed). Answered:
 * {@code answered} (by the deadline, an extension counted), {@code answered_late}, {@code partial} and
 * {@code refused}. The same rule is the SQL function {@code inquiry_status} (R__inquiry.sql) the lists filter by.
 */
public enum InquiryStatus {
    AWAITING, DUE_SOON, OVERDUE, ANSWERED, ANSWERED_LATE, PARTIAL, REFUSED;

    public static final int DUE_SOON_DAYS = 3;

    public static final List<String> OUTCOMES = List.of("answered", "partial", "refused");

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(InquiryStatus::code).toList();
    }

    public static InquiryStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public boolean isAnswered() {
        return ordinal() >= ANSWERED.ordinal();
    }

    /**
     * @param deadline the deadline in force (the extended one when the term was extended)
     * @param answeredOn the day of the answer, or null
     * @param outcome {@code answered}, {@code partial}, {@code refused}, or null when unanswered
     * @param today the day in Almaty
     */
    public static InquiryStatus of(LocalDate deadline, LocalDate answeredOn, String outcome, LocalDate today) {
        if (answeredOn != null && outcome != null) {
            return switch (outcome) {
                case "refused" -> REFUSED;
                case "partial" -> PARTIAL;
                default -> answeredOn.isAfter(deadline) ? ANSWERED_LATE : ANSWERED;
            };
        }
        if (today.isAfter(deadline)) {
            return OVERDUE;
        }
        return today.plusDays(DUE_SOON_DAYS).isBefore(deadline) ? AWAITING : DUE_SOON;
    }
}
