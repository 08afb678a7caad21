package org.kuzet.core;

/** One thing wrong with the input: the field (a JSON path such as {@code victims[0].gender}) and why. */
public record FieldProblem(String field, String message) {
}
