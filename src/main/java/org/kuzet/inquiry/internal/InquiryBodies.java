package org.kuzet.inquiry.internal;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.LocalDate;
import java.util.List;
import org.kuzet.api.DatasetSchemas;

/**
 * The bodies the inquiry API reads, as the OpenAPI description shows them to generated clients. The API reads them
 * field by field ({@link InquiryInput}, {@link InquiryDesk#answer}), naming every bad field; these records only
 * describe them, and {@code InquiryApiSchemaTest} keeps their fields equal to the fields the readers take.
 */
final class InquiryBodies {

    private InquiryBodies() {
    }

    @Schema(name = "InquiryRequest", description = "An inquiry the service sent: to whom (addressee, or only "
            + "addressee_name), about what, when; the deadline is computed from the basis when not given")
    record Request(
            @Schema(description = "A stable id, kind/name; given one when missing", example = "inquiry/2024-03-grants")
            String externalId,
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"information_request", "appeal",
                "right_of_reply"})
            String kind,
            @Schema(ref = DatasetSchemas.REFERENCE, description = "Who asked: an actor's id or external_id, or a name")
            Object askedBy,
            @Schema(ref = DatasetSchemas.REFERENCE, description = "On whose behalf: an actor's id or external_id, "
                    + "or a name")
            Object onBehalfOf,
            @Schema(ref = DatasetSchemas.REFERENCE, description = "The addressee: an actor's id or external_id")
            Object addressee,
            @Schema(description = "The addressee's name; needed when no addressee actor is named")
            String addresseeName,
            @Schema(description = "Whether the addressee is the state (counted, proposed as a refusal when silent); "
                    + "by default from the addressee actor's type")
            Boolean stateAddressee,
            @Schema(requiredMode = RequiredMode.REQUIRED, minLength = 1)
            String subject,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "The day it was sent, not in the future")
            LocalDate sentOn,
            @Schema(description = "A code of the deadline bases an administrator keeps")
            String basis,
            @Schema(description = "The legal deadline, when not computed from the basis; not before sent_on")
            LocalDate deadline,
            @ArraySchema(schema = @Schema(ref = DatasetSchemas.REFERENCE),
                    arraySchema = @Schema(description = "The incidents it concerns, by id or external_id"))
            List<Object> incidents,
            @ArraySchema(schema = @Schema(ref = DatasetSchemas.REFERENCE),
                    arraySchema = @Schema(description = "The legal cases it concerns, by id or external_id"))
            List<Object> cases) {
    }

    @Schema(name = "InquiryAnswer", description = "The answer to an inquiry; to a right of reply that is not a "
            + "refusal it also becomes an official statement of the addressee")
    record Answer(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Not before the day sent, not in the future")
            LocalDate answeredOn,
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"answered", "partial", "refused"})
            String outcome,
            @Schema(description = "What the answer says")
            String text,
            @Schema(ref = DatasetSchemas.REFERENCE, description = "The source holding the answer: a source's id or "
                    + "external_id")
            Object source,
            @Schema(description = "For a right of reply: the statement's stance (statement by default)",
                    allowableValues = {"rebuttal", "acknowledgement", "statement", "concern"})
            String stance) {
    }
}
