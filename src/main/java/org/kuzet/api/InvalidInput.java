package org.kuzet.api;

import org.kuzet.core.FieldProblem;
import java.util.List;

/** The input breaks a rule of the domain; answered with 422 and every problem found, nothing written. */
public class InvalidInput extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
