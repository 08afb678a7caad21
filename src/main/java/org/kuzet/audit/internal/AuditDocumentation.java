package org.kuzet.audit.internal;

import io.swagger.v3.oas.models.media.ObjectSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The schema of a record's state in an audit entry. Each owner announces its own record (an incident as its page
 * shows it, a source in the dataset format, an account without its password), so the state is an object whose
 * fields are the ones of the kind named by the entry's {@code entity_type}; null before a record existed and after
 * it was removed.
 */
@Component
class AuditDocumentation implements OpenApiCustomizer {

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        ObjectSchema state = new ObjectSchema();
        state.setNullable(true);
        state.setAdditionalProperties(true);
        state.setDescription("The record before or after the change, as its owner announced it: the fields of the "
                + "record kind the entry's entity_type names (snake_case, dates in ISO 8601); null when the record "
                + "did not exist before, or no longer exists after");
        openApi.getComponents().addSchemas(AuditController.STATE, state);
    }
}
