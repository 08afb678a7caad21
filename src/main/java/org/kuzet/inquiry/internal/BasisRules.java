package org.kuzet.inquiry.internal;

import java.util.ArrayList;
import java.util.List;
import org.kuzet.api.InvalidInput;
import org.kuzet.core.FieldProblem;
import org.kuzet.inquiry.DeadlineBasis;
import org.kuzet.inquiry.Inquiry;

/** What a deadline basis must hold before it is written; every wrong field is named at once. */
final class BasisRules {

    private BasisRules() {
    }

    static void check(DeadlineBasis b) {
        List<FieldProblem> problems = new ArrayList<>();
        if (b.code() == null || !b.code().matches("[a-z0-9_]{1,60}")) {
            problems.add(new FieldProblem("code", "must be lower-case letters, digits and _"));
        }
        if (b.inquiryKind() != null && !Inquiry.KINDS.contains(b.inquiryKind())) {
            problems.add(new FieldProblem("inquiry_kind", "must be one of " + String.join(", ", Inquiry.KINDS)));
        }
        if (b.isDefault() && b.inquiryKind() == null) {
            problems.add(new FieldProblem("is_default", "a default basis names the kind of inquiry it is for"));
        }
        if (b.dayKind() == null || !DeadlineBasis.DAY_KINDS.contains(b.dayKind())) {
            problems.add(new FieldProblem("day_kind", "must be calendar or working"));
        }
        if (b.termDays() < 1 || b.termDays() > 365) {
            problems.add(new FieldProblem("term_days", "must be from 1 to 365"));
        }
        if (b.extensionDays() < 0 || b.extensionDays() > 365) {
            problems.add(new FieldProblem("extension_days", "must be from 0 to 365"));
        }
        if (b.extensions() < 0 || b.extensions() > 5) {
            problems.add(new FieldProblem("extensions", "must be from 0 to 5"));
        }
        required(problems, "label_en", b.labelEn());
        required(problems, "label_ru", b.labelRu());
        required(problems, "label_kk", b.labelKk());
        required(problems, "source", b.source());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static void required(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
        }
    }
}
