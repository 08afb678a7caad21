package org.kuzet.api;

import org.kuzet.core.FieldProblem;
import java.util.List;

/** A query parameter (a filter, a language) with a value that names nothing: 400, naming each parameter. */
public class BadQuery extends InvalidInput {

    public BadQuery(List<FieldProblem> problems) {
        super(problems);
    }
}
