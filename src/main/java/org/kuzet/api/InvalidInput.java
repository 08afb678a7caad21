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

    /** One problem, said by its key and arguments (see {@link FieldProblem}). */
    public static InvalidInput of(String field, String key, Object... args) {
        return new InvalidInput(List.of(FieldProblem.of(field, key, args)));
    }


    public List<FieldProblem> problems() {
        return problems;
    }
}
