package org.kuzet.reference;

import java.util.List;
import org.kuzet.core.FieldProblem;

/** A page of a list: {@code page} counts from 1, {@code size} at most 200. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 200;

    /** Checks the page and size a caller asked for, adding a problem for each bad one. */
    public static Paging of(Integer page, Integer size, List<FieldProblem> problems) {
        int p = page == null ? 1 : page;
        int s = size == null ? 50 : size;
        if (p < 1) {
            problems.add(FieldProblem.of("page", "problem.atLeastOne"));
            p = 1;
        }
        if (s < 1 || s > MAX_SIZE) {
            problems.add(FieldProblem.of("size", "problem.between", 1, MAX_SIZE));

            s = 50;
        }
        return new Paging(p, s);
    }

    public int offset() {
        return (page - 1) * size;
    }

    /** The list answer: {@code {items, page, size, total}}. */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    public <T> Page<T> page(List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }
}
