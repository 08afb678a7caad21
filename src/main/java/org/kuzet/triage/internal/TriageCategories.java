package org.kuzet.triage.internal;

import java.util.List;

/**
 * The codes the classifier proposes: the stable category codes of the tree, and {@code context} for laws, drafts
 * and statements that are not violations. An official reply is not among them: it is found by {@link ReplyDetector}.
 */
public final class TriageCategories {

    static final String CONTEXT = "context";

    static final List<String> CODES = List.of(
            "interference_professional_activity", "interference_media_activity", "attacks", "threats", "detention",
            "misuse_of_image", "discrediting", "summons_law_enforcement", "copyright",
            "refusal_of_information", "blocking", "closure_suspension", "unauthorized_access_ddos",
            "accreditation_denial", "judicial_transparency_violation", "media_discrimination",
            "persecution_for_dissemination",
            "criminal_pretrial", "criminal_court", "civil_claims", "administrative",
            CONTEXT);

    private TriageCategories() {
    }

    static boolean isKnown(String code) {
        return CODES.contains(code);
    }
}
