package org.kuzet.report.internal;

import org.kuzet.report.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.calendar.PartialDate;

/**
 * Writes a report as Markdown in one language, block by block: the figures, court decisions, new cases by kind,
 * the year to date, the comparison with a year before, the art. 158 series, then the narrative. The HTML page and
 * the PDF are made from this text, so every format says the same.
 */
public final class MarkdownWriter {

    private static final String CLAIMS_GROUP = "legal_claims";

    private final Wording w;
    private final Labels.Set labels;
    private final StringBuilder md = new StringBuilder();
    private boolean lastWasItem;

    public MarkdownWriter(Wording wording, Labels.Set labels) {
        this.w = wording;
        this.labels = labels;
    }

    public String write(Figures f, Narrative n) {
        Period p = f.period();
        line("# " + escape(w.title(p)));
        line(w.recorded(p));
        history(f, "figures");
        for (GroupCount g : f.groups()) {
            if (!g.group().equals(CLAIMS_GROUP)) {
                line("- " + escape(w.groupLine(labels.category(g.group()), g.count(), including(g))));
            }
        }
        line("- " + escape(w.claimsLine(f.newCases().total(), kinds(f.newCases()))));
        heading("court", p);
        history(f, "court");
        line(escape(w.courtLine(f.court())));
        heading("new_cases", p);
        history(f, "new_cases");
        line(escape(w.newCasesLine(f.newCases())));
        heading("year_to_date", p);
        history(f, "year_to_date");
        line(escape(w.yearToDateLine(f.yearToDate(), f.yearToDateCases(), f.collectedKzt())));
        comparison(f);
        art158(f);
        line("## " + escape(RequestsBlock.heading(w.lang())));
        RequestsBlock.lines(f.inquiries(), w).forEach(l -> line(l.startsWith("- ") ? "- " + escape(l.substring(2))
                : escape(l)));
        context(n.context());
        incidents(f, n.incidents());
        followUps(n);
        return md.toString().stripTrailing() + "\n";
    }

    private List<Wording.Part> including(GroupCount g) {
        List<Wording.Part> parts = new ArrayList<>();
        g.including().entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> parts.add(new Wording.Part(labels.category(e.getKey()), e.getValue())));
        return parts;
    }

    /** The kinds of new cases, each with its legal basis when all cases of that kind share one. */
    private List<Wording.Part> kinds(CaseCounts c) {
        List<Wording.Part> parts = new ArrayList<>();
        kind(parts, c, "criminal", Noun.CRIMINAL_CHARGE, c.criminal());
        kind(parts, c, "civil", Noun.CIVIL_CLAIM, c.civil());
        kind(parts, c, "administrative", Noun.ADMINISTRATIVE_CHARGE, c.administrative());
        return parts;
    }

    private void kind(List<Wording.Part> parts, CaseCounts c, String kind, Noun noun, long count) {
        if (count == 0) {
            return;
        }
        Map<String, Long> bases = c.basesByKind().getOrDefault(kind, Map.of());
        String basis = bases.size() == 1 && !bases.containsKey("") ? labels.article(bases.keySet().iterator().next())
                : null;
        parts.add(new Wording.Part(w.kindWithBasis(noun, count, basis), count));
    }

    /** Under a block that reaches before the records' first month: where its figures come from. */
    private void history(Figures f, String block) {
        if (f.history().published(block)) {
            line("*" + escape(w.history(f.history().wholly(block), f.history().recordsFrom())) + "*");
        }
    }

    private void comparison(Figures f) {
        heading("comparison", f.period());
        history(f, "comparison");
        for (int i = 0; i < f.groups().size(); i++) {
            GroupCount now = f.groups().get(i);
            if (now.group().equals(CLAIMS_GROUP)) {
                continue;
            }
            long before = f.previousGroups().stream().filter(g -> g.group().equals(now.group()))
                    .mapToLong(GroupCount::count).findFirst().orElse(0);
            compare(labels.category(now.group()), now.count(), before);
        }
        CaseCounts now = f.newCases();
        CaseCounts before = f.previousCases();
        compare(w.label("new_cases"), now.total(), before.total());
        compare(w.label("criminal"), now.criminal(), before.criminal());
        compare(w.label("civil"), now.civil(), before.civil());
        compare(w.label("administrative"), now.administrative(), before.administrative());
    }

    private void compare(String label, long now, long before) {
        line("- " + escape(w.comparisonLine(label, now, before, Change.of(now, before))));
    }

    private void art158(Figures f) {
        List<YearIndicator> years = f.art158();
        heading("art158", null);
        history(f, "art158");
        line(escape(w.art158Summary(sum(years, YearIndicator::incidents), sum(years, YearIndicator::complaints),
                sum(years, YearIndicator::sentToCourt), sum(years, YearIndicator::convictions))));
        years.forEach(y -> line("- " + escape(w.art158Year(y))));
    }

    private static long sum(List<YearIndicator> years, java.util.function.ToLongFunction<YearIndicator> f) {
        return years.stream().mapToLong(f).sum();
    }

    private void context(List<Narrative.ContextItem> items) {
        heading("context", null);
        if (items.isEmpty()) {
            line(w.nothing());
        }
        for (Narrative.ContextItem c : items) {
            line("- " + escape(where(c.date(), c.place()) + ": " + c.title()
                    + (c.description().isBlank() ? "" : ". " + c.description())));
        }
    }

    private void incidents(Figures f, List<Narrative.IncidentItem> items) {
        heading("incidents", null);
        if (items.isEmpty()) {
            line(w.nothing());
        }
        Map<String, Map<String, List<Narrative.IncidentItem>>> tree = new LinkedHashMap<>();
        f.groups().forEach(g -> g.including().keySet().forEach(
                c -> tree.computeIfAbsent(g.group(), k -> new LinkedHashMap<>()).put(c, new ArrayList<>())));
        for (Narrative.IncidentItem i : items) {
            tree.computeIfAbsent(i.group(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(i.category(), k -> new ArrayList<>()).add(i);
        }
        tree.forEach((group, categories) -> {
            long inGroup = categories.values().stream().mapToLong(List::size).sum();
            if (inGroup == 0) {
                return;
            }
            line("### " + escape(labels.category(group)) + " (" + w.number(inGroup) + ")");
            categories.forEach((category, list) -> {
                if (list.isEmpty()) {
                    return;
                }
                line("#### " + escape(labels.category(category)) + " (" + w.number(list.size()) + ")");
                list.forEach(i -> line("- " + escape(where(i.date(), i.place()) + ": " + i.title()
                        + (i.outlets().isEmpty() ? "" : " (" + String.join(", ", i.outlets()) + ")"))));
            });
        });
    }

    /**
     * Incidents and cases from earlier periods with something new in this one, after the period's own; a report
     * with none has no such section.
     */
    private void followUps(Narrative n) {
        if (n.updatedIncidents().isEmpty() && n.updatedCases().isEmpty()) {
            return;
        }
        heading("updates", null);
        for (FollowUps.IncidentUpdate i : n.updatedIncidents()) {
            line("- " + escape(w.incidentUpdate(where(i.date(), i.place()), i.title(), w.day(i.correctedOn()))));
        }
        for (FollowUps.CaseUpdate c : n.updatedCases()) {
            line("- " + escape(w.caseUpdate(c.title(), w.date(c.opened()), c.events())));
        }
    }

    private String where(PartialDate date, String place) {
        return w.date(date) + (place == null ? "" : ", " + place);
    }

    private void heading(String key, Period p) {
        line("## " + escape(w.heading(key, p)));
    }

    /** Paragraphs and headings are separated by a blank line; the items of one list follow each other. */
    private void line(String text) {
        boolean item = text.startsWith("- ");
        if (!md.isEmpty() && !(item && lastWasItem)) {
            md.append('\n');
        }
        md.append(text).append('\n');
        lastWasItem = item;
    }

    /** Text from the database is data, not markup: characters Markdown would act on are escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(ch) >= 0) {
                out.append('\\');
            }
            out.append(ch);
        }
        return out.toString();
    }
}
