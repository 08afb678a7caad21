package org.kuzet.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The JSON API writes records in the dataset format (a source sent to {@code POST /api/v1/sources} is a record of
 * the dataset's {@code sources} section), so its request bodies are described by the published JSON Schema of
 * {@code kuzet-dataset/1} rather than by a second copy: an operation names {@code #/components/schemas/Dataset<Name>}
 * ({@link #ref}) and this adds the definitions it names, turned into OpenAPI 3.0 schemas.
 */
@Component
public class DatasetSchemas implements OpenApiCustomizer {

    /** Where the schema is published ({@code /assets/schemas/...}) and read from. */
    public static final String RESOURCE = "static/schemas/kuzet-dataset-1.schema.json";
    private static final String PREFIX = "Dataset";
    private static final Pattern REF = Pattern.compile("#/components/schemas/(" + PREFIX + "[A-Za-z]+)");

    public static final String ACTOR = "#/components/schemas/DatasetActor";
    public static final String SOURCE = "#/components/schemas/DatasetSource";
    public static final String INCIDENT = "#/components/schemas/DatasetIncident";
    public static final String LEGAL_CASE = "#/components/schemas/DatasetLegalCase";
    public static final String LEGAL_CASE_PAGE = "#/components/schemas/DatasetLegalCaseStoredPage";
    /** A legal case as stored: the dataset record with its id and revision. */
    public static final String LEGAL_CASE_STORED = "#/components/schemas/DatasetLegalCaseStored";
    public static final String CASE_EVENT = "#/components/schemas/DatasetCaseEvent";
    public static final String STATEMENT = "#/components/schemas/DatasetStatement";
    public static final String CONTEXT_EVENT = "#/components/schemas/DatasetContextEvent";
    /** Another record, by its external_id or its database id. */
    public static final String REFERENCE = "#/components/schemas/DatasetReference";

    private final Map<String, ObjectNode> definitions = new TreeMap<>();

    public DatasetSchemas() {
        JsonNode schema = read();
        schema.path("definitions").properties().forEach(e -> definitions.put(name(e.getKey()),
                (ObjectNode) toOpenApi(e.getValue().deepCopy(), schema)));
        // the API also takes a database id where a file names an external id ("incidents": [12])
        ObjectNode reference = Json.mapper().createObjectNode()
                .put("description", "Another record, by its external_id (actor/orda-kz) or its id (12)");
        reference.putArray("oneOf").add(Json.mapper().createObjectNode().put("type", "string").put("nullable", true))
                .add(Json.mapper().createObjectNode().put("type", "integer").put("format", "int64"));
        definitions.put(name("reference"), reference);
        ObjectNode references = Json.mapper().createObjectNode().put("type", "array").put("nullable", true);
        references.putObject("items").put("$ref", ref("reference"));
        definitions.put(name("references"), references);
    }

    /** The component a dataset definition ({@code source}, {@code legal_case}) is described under. */
    public static String ref(String definition) {
        return "#/components/schemas/" + name(definition);
    }

    @Override
    public void customise(OpenAPI openApi) {
        Deque<String> wanted = new ArrayDeque<>(namesIn(Json.mapper().valueToTree(openApi.getPaths()).toString()));
        // a body described by a type of its own may name a dataset definition for some of its fields
        if (openApi.getComponents().getSchemas() != null) {
            wanted.addAll(namesIn(Json.mapper().valueToTree(openApi.getComponents().getSchemas()).toString()));
        }
        while (!wanted.isEmpty()) {
            String name = wanted.pop();
            ObjectNode definition = name.endsWith("Page") ? page(name.substring(0, name.length() - 4))
                    : name.endsWith("Stored") ? stored(name.substring(0, name.length() - 6))
                    : definitions.get(name);
            if (definition == null || openApi.getComponents().getSchemas() != null
                    && openApi.getComponents().getSchemas().containsKey(name)) {
                continue;
            }
            openApi.getComponents().addSchemas(name, Json.mapper().convertValue(definition, Schema.class));
            wanted.addAll(namesIn(definition.toString()));
        }
    }

    /** A record as the API answers it: its fields, its id and the revision a change must name. */
    private ObjectNode stored(String record) {
        ObjectNode definition = definitions.get(record);
        if (definition == null) {
            return null;
        }
        ObjectNode stored = definition.deepCopy();
        ObjectNode properties = (ObjectNode) stored.get("properties");
        properties.putObject("id").put("type", "integer").put("format", "int64");
        properties.putObject("revision").put("type", "integer").put("minimum", 0);
        return stored;
    }

    /** A page of records ({@code items}, {@code page}, {@code size}, {@code total}), as the list operations answer. */
    private ObjectNode page(String item) {
        if (!definitions.containsKey(item.replaceFirst("Stored$", ""))) {
            return null;
        }
        ObjectNode page = Json.mapper().createObjectNode().put("type", "object");
        page.putArray("required").add("items").add("page").add("size").add("total");
        ObjectNode properties = page.putObject("properties");
        properties.putObject("items").put("type", "array").putObject("items").put("$ref", "#/components/schemas/" + item);
        properties.putObject("page").put("type", "integer").put("minimum", 0);
        properties.putObject("size").put("type", "integer").put("minimum", 1);
        properties.putObject("total").put("type", "integer").put("format", "int64").put("minimum", 0);
        return page;
    }

    private static java.util.List<String> namesIn(String json) {
        Matcher m = REF.matcher(json);
        java.util.List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String name(String definition) {
        StringBuilder name = new StringBuilder(PREFIX);
        for (String part : definition.split("_")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    /**
     * JSON Schema draft 4 to OpenAPI 3.0: a null among the types or the enum values becomes {@code nullable}, a
     * "this or null" choice the nullable "this", a reference points at the components.
     */
    private static JsonNode toOpenApi(JsonNode node, JsonNode root) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, toOpenApi(array.get(i), root));
            }
            return array;
        }
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        if (object.has("oneOf") && object.get("oneOf").size() == 2
                && "null".equals(object.get("oneOf").get(1).path("type").asText())) {
            JsonNode other = object.get("oneOf").get(0);
            String ref = other.path("$ref").asText("");
            ObjectNode inlined = (ObjectNode) (ref.isEmpty() ? other : root.at(ref.substring(1))).deepCopy();
            inlined.put("nullable", true);
            return toOpenApi(inlined, root);
        }
        JsonNode type = object.get("type");
        if (type instanceof ArrayNode types) {
            object.put("type", types.get(0).asText());
            object.put("nullable", true);
        }
        JsonNode values = object.get("enum");
        if (values instanceof ArrayNode list) {
            for (Iterator<JsonNode> it = list.iterator(); it.hasNext();) {
                if (it.next().isNull()) {
                    it.remove();
                    object.put("nullable", true);
                }
            }
            object.put("type", "string");
        }
        // a change may also name the version it was made on ("revision"), besides the record's own fields
        object.remove("additionalProperties");
        if (object.has("$ref")) {
            object.put("$ref", ref(object.get("$ref").asText().substring("#/definitions/".length())));
        }
        object.properties().forEach(e -> e.setValue(toOpenApi(e.getValue(), root)));
        return object;
    }

    private static JsonNode read() {
        try (InputStream in = DatasetSchemas.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
