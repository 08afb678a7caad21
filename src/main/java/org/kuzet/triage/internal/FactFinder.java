package org.kuzet.triage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kuzet.matching.DateReader;
import org.kuzet.matching.PlaceMatcher;
import org.kuzet.matching.TengeAmounts;
import org.kuzet.matching.TextMatchers;
import org.kuzet.matching.YearParts;
import org.kuzet.triage.Fact;

/** All the facts of a text: places, outlets, state bodies, persons, legal articles, amounts of tenge and dates. */
public final class FactFinder {

    /** Far enough for "Кодекса об административных правонарушениях" after a number, or "art." before it. */
    private static final int DIGIT_REACH = 80;

    private final PlaceMatcher places;

    public FactFinder(PlaceMatcher places) {
        this.places = places;
    }

    /** Without a database: the places the migrations hold. */
    static FactFinder shipped() {
        return new FactFinder(TextMatchers.standalone().places());
    }

    List<Fact> find(String text) {
        List<Words.Word> words = Words.of(text);
        List<Fact> facts = new ArrayList<>();
        facts.addAll(Names.stateBodies(text));
        facts.addAll(withoutOverlap(Names.outlets(text, words), facts));
        facts.addAll(withoutOverlap(places(text), facts));
        facts.addAll(Names.persons(text, words, facts));
        List<int[]> windows = DigitWindows.of(text, DIGIT_REACH);
        facts.addAll(DigitWindows.find(text, windows, LegalArticles::find));
        facts.addAll(DigitWindows.find(text, windows, FactFinder::amounts));
        facts.addAll(DigitWindows.find(text, windows, FactFinder::dates));
        facts.sort(Comparator.comparingInt(Fact::start).thenComparing(Fact::kind));
        return facts;
    }

    private List<Fact> places(String text) {
        return places.find(text).stream()
                .map(p -> new Fact(Fact.Kind.PLACE, p.text(), p.start(), p.end(), p.code())).toList();
    }

    private static List<Fact> amounts(String text) {
        return TengeAmounts.find(text).stream()
                .map(a -> new Fact(Fact.Kind.AMOUNT_TENGE, a.text(), a.start(), a.end(), Long.toString(a.tenge())))
                .toList();
    }

    /** Days and months (DateReader), and years named with a part of them ("early 2025", YearParts). */
    private static List<Fact> dates(String text) {
        List<Fact> dates = new ArrayList<>(DateReader.find(text).stream()
                .map(d -> new Fact(Fact.Kind.DATE, d.text(), d.start(), d.end(), d.value())).toList());
        dates.addAll(withoutOverlap(YearParts.find(text).stream()
                .map(d -> new Fact(Fact.Kind.DATE, d.text(), d.start(), d.end(), d.value())).toList(), dates));
        return dates;
    }

    private static List<Fact> withoutOverlap(List<Fact> found, List<Fact> taken) {
        return found.stream()
                .filter(f -> taken.stream().noneMatch(t -> t.start() < f.end() && f.start() < t.end()))
                .toList();
    }
}
