package org.kuzet.inquiry;

import java.time.Instant;

/**
 * A legal basis of a deadline, kept as data: the term in calendar or working days, the extension allowed (how many
 * days, how many times), the source of the rule and what the service found when it checked it.
 *
 * @param inquiryKind the kind of inquiry it is the default of when {@code isDefault}, or null
 * @param dayKind {@code calendar} or {@code working}
 */
public record DeadlineBasis(String code, String inquiryKind, boolean isDefault, String dayKind, int termDays,
        int extensionDays, int extensions, String labelEn, String labelRu, String labelKk, String source,
        String sourceChecked, int revision, String updatedBy, Instant updatedAt) {

    public static final java.util.List<String> DAY_KINDS = java.util.List.of("calendar", "working");

    public String label(String lang) {
        return switch (lang) {
            case "ru" -> labelRu;
            case "kk" -> labelKk;
            default -> labelEn;
        };
    }

    public boolean workingDays() {
        return "working".equals(dayKind);
    }
}
