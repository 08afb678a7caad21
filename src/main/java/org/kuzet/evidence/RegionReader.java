package org.kuzet.evidence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.IntFunction;
import org.kuzet.api.InvalidInput;
import org.kuzet.core.FieldProblem;

/**
 * Reads the regions and words of a redaction as typed (or filled in by the page's script): each region's numbers,
 * its page, and that it lies on the picture or page; each problem named by the region's row
 * ({@code regions[2]}). Blank rows are left out.
 */
final class RegionReader {

    private RegionReader() {
    }

    /** The regions, at least one. */
    static List<Region> read(List<Redactions.RegionText> rows, List<FieldProblem> problems,
            IntFunction<double[]> bounds, int pages) {
        List<Region> regions = readOptional(rows, problems, bounds, pages);
        if (regions.isEmpty() && problems.isEmpty()) {
            problems.add(FieldProblem.of("regions", "problem.redactNothing"));
        }
        return regions;
    }

    /** The regions given, perhaps none. */
    static List<Region> readOptional(List<Redactions.RegionText> rows, List<FieldProblem> problems,
            IntFunction<double[]> bounds, int pages) {
        List<Region> regions = new ArrayList<>();
        List<Redactions.RegionText> given = rows == null ? List.of() : rows;
        for (int i = 0; i < given.size(); i++) {
            Redactions.RegionText row = given.get(i);
            if (row.blank()) {
                continue;
            }
            String field = "regions[" + i + "]";
            Double x = number(row.x());
            Double y = number(row.y());
            Double w = number(row.width());
            Double h = number(row.height());
            Double page = pages == 1 && (row.page() == null || row.page().isBlank()) ? Double.valueOf(1)
                    : number(row.page());
            if (x == null || y == null || w == null || h == null || x < 0 || y < 0 || w <= 0 || h <= 0) {
                problems.add(FieldProblem.of(field, "problem.redactNumbers"));
                continue;
            }
            double[] size = page == null || page != Math.rint(page) ? null : bounds.apply(page.intValue());
            if (size == null) {
                problems.add(FieldProblem.of(field, "problem.redactPage", pages));
                continue;
            }
            // half a unit of slack: a rectangle drawn to the very edge may round past it
            if (x + w > size[0] + 0.5 || y + h > size[1] + 0.5) {
                problems.add(FieldProblem.of(field, "problem.redactOutside", Math.round(size[0]),
                        Math.round(size[1])));
                continue;
            }
            regions.add(new Region(page.intValue(), x, y, Math.min(w, size[0] - x), Math.min(h, size[1] - y)));
        }
        if (regions.size() > Redactions.MAX_REGIONS) {
            problems.add(FieldProblem.of("regions", "problem.redactTooMany", Redactions.MAX_REGIONS));
        }
        return regions;
    }

    /** The words to remove: one per line (or separated by commas), each at most 200 characters. */
    static List<String> words(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        LinkedHashSet<String> words = new LinkedHashSet<>();
        for (String word : text.split("[\\n,;]")) {
            String w = word.strip();
            if (w.length() > 200) {
                problems.add(FieldProblem.of("words", "problem.redactWordLong", 200));
            } else if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (words.size() > Redactions.MAX_WORDS) {
            problems.add(FieldProblem.of("words", "problem.redactTooManyWords", Redactions.MAX_WORDS));
        }
        return List.copyOf(words);
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** A number as typed: a decimal point or comma; null when it is no finite number. */
    private static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
