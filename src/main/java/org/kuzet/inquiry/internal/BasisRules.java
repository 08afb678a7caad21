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
            problems.add(FieldProblem.of("code", "problem.basisCode"));
        }
        if (b.inquiryKind() != null && !Inquiry.KINDS.contains(b.inquiryKind())) {
            problems.add(FieldProblem.of("inquiry_kind", "problem.oneOf", String.join(", ", Inquiry.KINDS)));
        }
        if (b.isDefault() && b.inquiryKind() == null) {
            problems.add(FieldProblem.of("is_default", "problem.defaultBasisKind"));
        }
        if (b.dayKind() == null || !DeadlineBasis.DAY_KINDS.contains(b.dayKind())) {
            problems.add(FieldProblem.of("day_kind", "problem.dayKind"));
        }
        if (b.termDays() < 1 || b.termDays() > 365) {
            problems.add(FieldProblem.of("term_days", "problem.fromTo", 1, 365));
        }
        if (b.extensionDays() < 0 || b.extensionDays() > 365) {
            problems.add(FieldProblem.of("extension_days", "problem.fromTo", 0, 365));
        }
        if (b.extensions() < 0 || b.extensions() > 5) {
            problems.add(FieldProblem.of("extensions", "problem.fromTo", 0, 5));
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
            problems.add(FieldProblem.of(field, "problem.required"));

        }
    }
}
