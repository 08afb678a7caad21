package org.kuzet.report;

import java.util.ArrayList;
import java.util.List;
import org.kuzet.core.BadValue;
import org.kuzet.core.FieldProblem;

import org.kuzet.api.InvalidInput;

/** Reads the period and language of a report request, naming what is wrong with them. */
public record ReportRequest(Period period, Lang lang) {

    public static ReportRequest of(String period, String lang) {
        List<FieldProblem> problems = new ArrayList<>();
        Period p = null;
        Lang l = null;
        try {
            p = Period.parse(period);
        } catch (BadValue e) {
            problems.add(e.at("period"));
        }
        try {
            l = Lang.of(lang == null ? "en" : lang);
        } catch (BadValue e) {
            problems.add(e.at("lang"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ReportRequest(p, l);
    }
}
