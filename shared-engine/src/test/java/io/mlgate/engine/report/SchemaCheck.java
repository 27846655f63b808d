package io.mlgate.engine.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small JSON Schema checker for the keywords the report schema uses ({@code type}, {@code const}, {@code enum},
 * {@code required}, {@code properties}, {@code additionalProperties}, {@code items}, {@code minItems},
 * {@code minimum}, {@code maximum}, {@code pattern}, local {@code $ref}). Unknown keywords fail loudly, so the schema
 * cannot grow a keyword this test silently ignores.
 */
final class SchemaCheck {
    private static final List<String> KNOWN = List.of("$schema", "$id", "$defs", "title", "description", "format",
            "type", "const", "enum", "required", "properties", "additionalProperties", "items", "minItems", "minimum",
            "maximum", "pattern", "$ref");

    private final JsonNode root;
    private final List<String> errors = new ArrayList<>();

    private SchemaCheck(JsonNode root) {
        this.root = root;
    }

    /** Every violation of {@code schema} by {@code doc}, as {@code path: problem}; empty when it conforms. */
    static List<String> validate(JsonNode schema, JsonNode doc) {
        SchemaCheck check = new SchemaCheck(schema);
        check.check(schema, doc, "$");
        return check.errors;
    }

    private void check(JsonNode schema, JsonNode value, String path) {
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String keyword = it.next();
            if (!KNOWN.contains(keyword)) {
                throw new IllegalArgumentException("schema keyword not supported by this checker: " + keyword);
            }
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            check(root.at(ref.substring(1)), value, path);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            errors.add(path + ": expected " + schema.get("type") + ", got " + value.getNodeType());
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            errors.add(path + ": expected " + schema.get("const"));
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            errors.add(path + ": " + value + " not in " + schema.get("enum"));
        }
        if (schema.has("pattern") && value.isTextual() && !Pattern.compile(schema.get("pattern").asText())
                .matcher(value.asText()).find()) {
            errors.add(path + ": does not match " + schema.get("pattern"));
        }
        if (schema.has("minimum") && value.isNumber() && value.asDouble() < schema.get("minimum").asDouble()) {
            errors.add(path + ": below minimum");
        }
        if (schema.has("maximum") && value.isNumber() && value.asDouble() > schema.get("maximum").asDouble()) {
            errors.add(path + ": above maximum");
        }
        if (value.isObject()) {
            object(schema, value, path);
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                errors.add(path + ": fewer than " + schema.get("minItems") + " items");
            }
            for (int i = 0; schema.has("items") && i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]");
            }
        }
    }

    private void object(JsonNode schema, JsonNode value, String path) {
        if (schema.has("required")) {
            schema.get("required").forEach(r -> {
                if (!value.has(r.asText())) {
                    errors.add(path + ": missing required " + r.asText());
                }
            });
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode props = schema.get("properties");
            if (props != null && props.has(field.getKey())) {
                check(props.get(field.getKey()), field.getValue(), path + "." + field.getKey());
            } else if (schema.has("additionalProperties")) {
                check(schema.get("additionalProperties"), field.getValue(), path + "." + field.getKey());
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
