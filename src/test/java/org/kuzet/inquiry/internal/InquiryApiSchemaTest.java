package org.kuzet.inquiry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The types that describe the inquiry API's bodies in the OpenAPI description name exactly the fields the readers
 * take (snake_case, as the JSON has them), so a generated client knows every field and no field the API refuses.
 */
class InquiryApiSchemaTest {

    private static final Pattern CAPITAL = Pattern.compile("([A-Z])");

    @Test
    void theRequestDescribesTheFieldsTheApiReads() {
        assertThat(fields(InquiryBodies.Request.class)).containsExactlyElementsOf(InquiryInput.API_FIELDS);
    }

    @Test
    void theAnswerDescribesTheFieldsTheDeskReads() {
        assertThat(fields(InquiryBodies.Answer.class)).containsExactlyElementsOf(InquiryDesk.ANSWER_FIELDS);
    }

    private static List<String> fields(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(c -> CAPITAL.matcher(c.getName()).replaceAll(m -> "_" + m.group(1).toLowerCase())).toList();
    }
}
