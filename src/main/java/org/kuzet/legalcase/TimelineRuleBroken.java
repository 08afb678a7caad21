package org.kuzet.legalcase;

import org.kuzet.core.FieldProblem;

/** An event that the case's timeline cannot take (before the filing, a step backwards, after closing...). */
public class TimelineRuleBroken extends RuntimeException {

    private final FieldProblem problem;

    TimelineRuleBroken(String field, String key, Object... args) {
        this(FieldProblem.of(field, key, args));
    }

    private TimelineRuleBroken(FieldProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    /** The rule broken, on the field that broke it. */
    public FieldProblem problem() {
        return problem;
    }

    public String field() {
        return problem.field();
    }
}
