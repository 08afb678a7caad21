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

    /** The groups of the counted categories, in the tree's order. */
    static final List<String> GROUPS = List.of("rights_violations", "access_to_information", "legal_claims");

    private static final java.util.Map<String, String> GROUP_OF = groups();

    private TriageCategories() {
    }

    /** The group of a category code; "context" for context, and for a code outside the tree. */
    public static String groupOf(String code) {
        return GROUP_OF.getOrDefault(code, CONTEXT);
    }

    static List<String> inGroup(String group) {
        return CODES.stream().filter(c -> groupOf(c).equals(group)).toList();
    }

    private static java.util.Map<String, String> groups() {
        java.util.Map<String, String> groups = new java.util.HashMap<>();
        for (int i = 0; i < CODES.size() - 1; i++) {
            groups.put(CODES.get(i), GROUPS.get(i < 9 ? 0 : i < 17 ? 1 : 2));
        }
        return java.util.Map.copyOf(groups);
    }

    static boolean isKnown(String code) {
        return CODES.contains(code);
    }
}
