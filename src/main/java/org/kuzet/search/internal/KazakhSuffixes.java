package org.kuzet.search.internal;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Strips the common Kazakh endings from a lower-case Cyrillic word: a case ending, then a possessive one, then a
 * plural one, each at most once and longest first, as long as three letters of stem are left. Lucene has no Kazakh
 * stemmer; this covers what people search for, a name or a word with its endings: Бажкенованың (of Bazhkenova) to
 * бажкенова, радиосы (its radio) to радио, журналистерге (to journalists) to журналист, Алматыдағы (in Almaty)
 * to алматы. It does not know the word's vowel harmony or its stem, so it may cut a Russian word too far; the
 * analysis therefore adds its result beside the word's own stem instead of replacing it.
 */
final class KazakhSuffixes {

    private static final int MIN_STEM = 3;

    /** Case endings, including those written after a possessive (радиосына: радио-сы-на). */
    private static final List<String> CASES = longestFirst(
            // genitive
            "ның", "нің", "дың", "дің", "тың", "тің",
            // dative
            "ға", "ге", "қа", "ке", "на", "не",
            // accusative
            "ны", "ні", "ды", "ді", "ты", "ті",
            // locative, also the adjectival -дағы (Алматыдағы: the one in Almaty)
            "да", "де", "та", "те", "нда", "нде", "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі",
            // ablative
            "дан", "ден", "тан", "тен", "нан", "нен",
            // instrumental
            "мен", "бен", "пен", "менен", "бенен", "пенен");

    /** Possessive endings (my, your, his or her, our), and -ның after them written together (-сының). */
    private static final List<String> POSSESSIVES = longestFirst(
            "сы", "сі", "ы", "і", "ым", "ім", "ың", "ің", "ымыз", "іміз", "ыңыз", "іңіз", "мыз", "міз", "ңыз", "ңіз",
            "сын", "сін", "н");

    private static final List<String> PLURALS = longestFirst("лар", "лер", "дар", "дер", "тар", "тер");

    private KazakhSuffixes() {
    }

    /** The word without its Kazakh endings; the word itself when it has none, or is too short to cut. */
    static String strip(String word) {
        String stem = cut(word, CASES);
        stem = cut(stem, POSSESSIVES);
        String single = cut(stem, PLURALS);
        // журналист-тер is written журналистер: the plural's т is the stem's own
        return single.endsWith("с") && single.length() < stem.length() && stem.charAt(single.length()) == 'т'
                ? single + "т" : single;
    }

    private static String cut(String word, List<String> endings) {
        for (String ending : endings) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    private static List<String> longestFirst(String... endings) {
        return Stream.of(endings).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
