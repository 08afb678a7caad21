package org.kuzet.exchange.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A file in HURIDOCS Events Standard Formats as Kuzet writes and reads it ({@value #FORMAT}): each Event holds its
 * Persons, Acts, Involvements, Information and Interventions, linked by record numbers, so a list of any length is
 * written as it is read. Fields with a {@code kuzet_} name are Kuzet's extension. The JSON Schema is
 * {@code /assets/schemas/kuzet-esf-1.schema.json}; docs/exchange-formats.md gives the crosswalk.
 */
final class Esf {

    static final String FORMAT = "huridocs-esf/kuzet-1";

    private Esf() {
    }

    @Schema(name = "EsfDocument", description = "Incidents as HURIDOCS Events Standard Formats records")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Document(@Schema(allowableValues = FORMAT) String format, String note, List<Event> events) {
    }

    @Schema(name = "EsfEvent", description = "An event: one Kuzet incident")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Event(String eventRecordNumber, String eventTitle,
            @Schema(description = "As precise as known: 2024, 2024-03 or 2024-03-12") String initialDate,
            @Schema(allowableValues = {"exact", "day unknown", "month and day unknown"}) String initialDateType,
            @Schema(description = "The last day of the period the date names") String finalDate,
            @Schema(allowableValues = {"exact", "end of period"}) String finalDateType,
            String geographicalTerm, String localGeographicalArea, String eventDescription,
            @Schema(allowableValues = {"alleged", "confirmed", "disputed", "no violation"}) String violationStatus,
            Integer kuzetPeopleAffected, Integer kuzetIndependentSources, String kuzetUrl,
            KuzetMoney kuzetMoney, List<Person> persons, List<Act> acts, List<Involvement> involvements,
            List<Information> information, List<Intervention> interventions) {
    }

    @Schema(name = "EsfPerson", description = "A victim or a perpetrator")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Person(String personRecordNumber, String name,
            @Schema(allowableValues = {"person", "group", "organisation"}) String countingUnit,
            @Schema(allowableValues = {"female", "male", "unknown"}) String sex, String occupation,
            String localTermForOccupation) {
    }

    @Schema(name = "EsfAct", description = "What was done to one victim (or to nobody named), of one type")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Act(String actRecordNumber, String victim, String typeOfAct, boolean kuzetPrimary, String initialDate,
            String initialDateType, String finalDate, String finalDateType, String location,
            List<String> attribution,
            @Schema(allowableValues = {"state", "non-state", "unknown"}) String stateAttribution) {
    }

    @Schema(name = "EsfInvolvement", description = "A perpetrator's part in the event's acts")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Involvement(String involvementRecordNumber, String perpetrator, List<String> acts,
            String typeOfPerpetrator, String degreeOfInvolvement) {
    }

    @Schema(name = "EsfInformation", description = "A public source the event rests on")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Information(String informationRecordNumber, String sourceRecordNumber, String sourceName,
            String sourceTitle, String sourceType, String url, String dateOfSourceMaterial, String reliability) {
    }

    @Schema(name = "EsfIntervention", description = "An official reply or statement, or the service's inquiry")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Intervention(String interventionRecordNumber,
            @Schema(allowableValues = {"official reply", "information request", "appeal", "request for reply"})
            String typeOfIntervention, String interveningParty, String addressee, String dateOfIntervention,
            String response, String summary, String url) {
    }

    @Schema(name = "EsfKuzetMoney", description = "Kuzet's extension: money in the event's legal cases, in tenge")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record KuzetMoney(long claimedKzt, long awardedKzt, long collectedKzt, List<Case> cases) {
    }

    @Schema(name = "EsfKuzetCase", description = "A legal case of the event and its money, in tenge")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Case(String caseRecordNumber, String title, String kind, String stage, Long claimedKzt, Long awardedKzt,
            Long collectedKzt) {
    }

    @Schema(name = "EsfImportResult", description = "What an import recorded, and what was there already")
    record ImportResult(List<Imported> recorded, List<Imported> alreadyPresent) {
    }

    @Schema(name = "EsfImported", description = "An event of the file and the incident it is")
    record Imported(String eventRecordNumber, long incident) {
    }
}
