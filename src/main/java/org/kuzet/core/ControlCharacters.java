package org.kuzet.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Text may not hold control characters other than tab, line feed and carriage return: PostgreSQL refuses NUL in
 * text (the request then failed deep in the database), and the others only hide what a text says. Every way text
 * comes in (JSON bodies, dataset records, query and form parameters) asks here, so input holding one is refused as
 * bad input naming the field.
 */
public final class ControlCharacters {

    /** The key of the problem of a text that holds one. */
    public static final String PROBLEM = "problem.controlCharacter";

    private ControlCharacters() {
    }

    public static boolean in(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** A problem for every key or text value of the JSON tree that holds one, named by its path. */
    public static List<FieldProblem> in(JsonNode node) {
        List<FieldProblem> problems = new ArrayList<>();
        walk(node, "", problems);
        return problems;
    }

    /** A problem for every parameter (query or form) one of whose values holds one. */
    public static List<FieldProblem> inParameters(Map<String, String[]> parameters) {
        List<FieldProblem> problems = new ArrayList<>();
        parameters.forEach((name, values) -> {
            if (in(name) || values != null && java.util.Arrays.stream(values).anyMatch(ControlCharacters::in)) {
                problems.add(FieldProblem.of(printable(name), PROBLEM));
            }
        });
        return problems;
    }

    private static void walk(JsonNode node, String path, List<FieldProblem> problems) {
        if (node == null) {
            return;
        }
        if (node.isString() && in(node.stringValue())) {
            problems.add(FieldProblem.of(path.isEmpty() ? "body" : path, PROBLEM));
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode item : node.values()) {
                walk(item, path + "[" + i++ + "]", problems);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String at = (path.isEmpty() ? "" : path + ".") + printable(field.getKey());
                if (in(field.getKey())) {
                    problems.add(FieldProblem.of(at, PROBLEM));
                } else {
                    walk(field.getValue(), at, problems);
                }
            }
        }
    }

    /** A name as it can be shown: its control characters written as \\uXXXX. */
    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.chars().forEach(c -> out.append(in(String.valueOf((char) c)) ? String.format("\\u%04x", c)
                : String.valueOf((char) c)));
        return out.toString();
    }
}
