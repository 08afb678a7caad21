package org.kuzet.exchange.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kuzet.incident.Gender;
import org.kuzet.incident.PerpetratorType;
import org.kuzet.incident.Verification;
import org.kuzet.incident.VictimKind;

/**
 * Kuzet's codes and the terms of HURIDOCS Events Standard Formats, both ways (docs/exchange-formats.md lists the same
 * tables). Each table is one-to-one, so an exported file reads back to the same codes.
 */
final class Crosswalk {

    private Crosswalk() {
    }

    /** Kuzet's categories and ESF's types of act. */
    static final Map<String, String> TYPE_OF_ACT = table(
            "interference_professional_activity", "obstruction of professional activity",
            "interference_media_activity", "interference with a media outlet",
            "attacks", "physical attack",
            "threats", "threat",
            "detention", "arrest and detention",
            "misuse_of_image", "impersonation",
            "discrediting", "defamation campaign",
            "summons_law_enforcement", "summons",
            "copyright", "copyright infringement",
            "refusal_of_information", "denial of access to information",
            "blocking", "blocking of a website or account",
            "closure_suspension", "closure or suspension of a media outlet",
            "unauthorized_access_ddos", "hacking or cyberattack",
            "accreditation_denial", "denial of accreditation",
            "judicial_transparency_violation", "exclusion from a court hearing",
            "media_discrimination", "discrimination against media",
            "persecution_for_dissemination", "persecution for disseminating information",
            "criminal_pretrial", "criminal charge",
            "criminal_court", "criminal prosecution in court",
            "civil_claims", "civil lawsuit",
            "administrative", "administrative charge");

    /** Kuzet's victim kinds and ESF's occupations. */
    static final Map<String, String> OCCUPATION = table(
            VictimKind.JOURNALIST.code(), "journalist",
            VictimKind.BLOGGER.code(), "blogger",
            VictimKind.MEDIA_OUTLET.code(), "media outlet",
            VictimKind.NEWSMAKER.code(), "newsmaker",
            VictimKind.LAWYER.code(), "lawyer",
            VictimKind.HUMAN_RIGHTS_DEFENDER.code(), "human rights defender",
            VictimKind.CITIZEN.code(), "citizen");

    /** Kuzet's perpetrator types and ESF's types of perpetrator. */
    static final Map<String, String> TYPE_OF_PERPETRATOR = table(
            PerpetratorType.STATE_BODY.code(), "state body",
            PerpetratorType.LAW_ENFORCEMENT.code(), "law enforcement",
            PerpetratorType.COURT.code(), "judiciary",
            PerpetratorType.OFFICIAL.code(), "public official",
            PerpetratorType.COMPANY.code(), "company",
            PerpetratorType.PRIVATE_PERSON.code(), "private individual",
            PerpetratorType.FOREIGN_STATE.code(), "foreign state",
            PerpetratorType.UNKNOWN.code(), "unknown");

    /** Kuzet's verification and ESF's violation status. */
    static final Map<String, String> VIOLATION_STATUS = table(
            Verification.UNVERIFIED.code(), "alleged",
            Verification.CONFIRMED.code(), "confirmed",
            Verification.DISPUTED.code(), "disputed",
            Verification.REFUTED.code(), "no violation");

    /** Kuzet's genders and ESF's sex; absent in Kuzet is "unknown" in ESF. */
    static final Map<String, String> SEX = table(Gender.FEMALE.code(), "female", Gender.MALE.code(), "male");

    static final String UNKNOWN_SEX = "unknown";

    /** Whether a perpetrator type is a state actor ("state"), or not, or unknown. */
    static String stateAttribution(PerpetratorType type) {
        return switch (type) {
            case STATE_BODY, LAW_ENFORCEMENT, COURT, OFFICIAL, FOREIGN_STATE -> "state";
            case COMPANY, PRIVATE_PERSON -> "non-state";
            case UNKNOWN -> "unknown";
        };
    }

    /** The Kuzet code an ESF term stands for in a table, if any. */
    static Optional<String> codeOf(Map<String, String> table, String term) {
        return table.entrySet().stream().filter(e -> e.getValue().equals(term)).map(Map.Entry::getKey).findFirst();
    }

    private static Map<String, String> table(String... pairs) {
        Map<String, String> table = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            table.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(table);
    }
}
