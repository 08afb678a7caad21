package org.kuzet.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** All the facts of a text: places, outlets, state bodies, persons, legal articles, amounts of tenge and dates. */
final class FactFinder {

    /** Far enough for "Кодекса об административных правонарушениях" after a number, or "art." before it. */
    private static final int DIGIT_REACH = 80;

    private final Gazetteer gazetteer;

    FactFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    static FactFinder shipped() {
        return new FactFinder(Gazetteer.shipped());
    }

    List<Fact> find(String text) {
        List<Words.Word> words = Words.of(text);
        List<Fact> facts = new ArrayList<>();
        facts.addAll(Names.stateBodies(text));
        facts.addAll(withoutOverlap(Names.outlets(text, words), facts));
        facts.addAll(withoutOverlap(gazetteer.find(text, words), facts));
        facts.addAll(Names.persons(text, words, facts));
        List<int[]> windows = DigitWindows.of(text, DIGIT_REACH);
        facts.addAll(DigitWindows.find(text, windows, LegalArticles::find));
        facts.addAll(DigitWindows.find(text, windows, TengeAmounts::find));
        facts.addAll(DigitWindows.find(text, windows, Dates::find));
        facts.sort(Comparator.comparingInt(Fact::start).thenComparing(Fact::kind));
        return facts;
    }

    private static List<Fact> withoutOverlap(List<Fact> found, List<Fact> taken) {
        return found.stream()
                .filter(f -> taken.stream().noneMatch(t -> t.start() < f.end() && f.start() < t.end()))
                .toList();
    }
}
