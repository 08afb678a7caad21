package org.kuzet.matching.internal;

import java.util.List;
import java.util.Locale;

/**
 * Crude stems for the inflected languages: Russian case endings, Kazakh case endings of place names, and English
 * plurals. Enough to let a cue or a place name written in one case match the text in another ("досудебные" and
 * "досудебных", "Костанай" and "в Костанае", "Оралда").
 */
public final class Stems {

    private static final String[] RUSSIAN_ENDINGS = {"иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими",
        "ых", "их", "ые", "ие", "ый", "ий", "ой", "ая", "яя", "ую", "юю", "ов", "ев", "ей", "ам", "ям", "ах", "ях",
        "ом", "ем", "ии", "ия", "ию", "а", "я", "ы", "и", "е", "о", "у", "ю", "ь", "й"};

    /** Case endings of Kazakh and Russian place names, longest first: Оралда, Шымкенттегі, Усть-Каменогорске. */
    public static final List<String> PLACE_ENDINGS = List.of("ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі", "ның",
            "нің", "дың", "дің", "тың", "тің", "нан", "нен", "дан", "ден", "тан", "тен", "нда", "нде", "ға", "ге",
            "қа", "ке", "да", "де", "та", "те", "ды", "ді", "ом", "ой", "ем", "е", "а", "у", "ы", "и");

    private Stems() {
    }

    /** The word less its Russian ending, or an English plural's "s"; other words as they are. */
    public static String of(String word, String lang) {
        if (lang.equals("ru") && word.length() > 4) {
            for (String ending : RUSSIAN_ENDINGS) {
                if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                    return word.substring(0, word.length() - ending.length());
                }
            }
        }
        if (lang.equals("en") && word.length() > 4 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** A name cut word by word to its Russian stems ("Павлодарской области" as "павлодарск област"). */
    public static String russianName(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            out.append(of(word, "ru")).append(' ');
        }
        return out.toString().strip();
    }
}
