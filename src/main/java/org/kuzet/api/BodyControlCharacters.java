package org.kuzet.api;

import org.kuzet.core.FieldProblem;
import org.kuzet.core.ControlCharacters;
import java.lang.reflect.Type;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.AbstractJacksonHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every JSON body, as soon as it is read and before any controller sees it, is searched for control characters
 * ({@link ControlCharacters}); one found is a 422 naming the field, so no such text reaches the rules or the
 * database. A body read into a record is searched as the JSON it was read from, with the same field names.
 */
@ControllerAdvice
class BodyControlCharacters extends RequestBodyAdviceAdapter {

    private final JsonMapper json;

    BodyControlCharacters(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return AbstractJacksonHttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        JsonNode tree = body instanceof JsonNode node ? node : json.valueToTree(body);
        List<FieldProblem> problems = ControlCharacters.in(tree);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return body;
    }
}
