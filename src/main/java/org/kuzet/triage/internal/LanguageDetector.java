package org.kuzet.triage.internal;

import java.util.List;
import java.util.Set;
import org.kuzet.matching.Tokens;
import org.kuzet.triage.Language;

/**
 * Tells Russian, Kazakh and English apart by their letters and most frequent words. Latin script means English;
 * in Cyrillic, the letters only Kazakh has (ә ғ қ ң ө ұ ү һ і) and Kazakh function words outweigh Russian ones.
 * A Russian text quoting a Kazakh name has a few such letters, so a share is needed, not a single one.
 */
public final class LanguageDetector {

    private static final String KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
    private static final Set<String> KAZAKH_WORDS = Set.of("және", "бұл", "деп", "мен", "үшін", "бойынша", "болып",
            "туралы", "дейін", "кейін", "сондай-ақ", "еді", "екен", "емес", "бар", "жоқ", "оның", "олар", "біз",
            "тиіс", "жылы", "жылғы", "облысы", "облысының", "бірақ", "осы", "сол", "дегенмен", "арқылы", "қатысты");
    private static final Set<String> RUSSIAN_WORDS = Set.of("и", "в", "не", "на", "что", "с", "по", "за", "от", "к",
            "из", "о", "для", "это", "как", "был", "была", "были", "его", "ее", "также", "после", "который",
            "которые", "года", "году", "области", "суд", "при");

    private LanguageDetector() {
    }

    public static Language detect(String text) {
        int latin = 0;
        int cyrillic = 0;
        int kazakh = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && Character.isLetter(c)) {
                latin++;
            } else if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
                if (KAZAKH_LETTERS.indexOf(c) >= 0) {
                    kazakh++;
                }
            }
        }
        if (latin > cyrillic) {
            return Language.EN;
        }
        if (cyrillic == 0) {
            return Language.EN;
        }
        List<String> words = Tokens.of(text);
        int kazakhWords = 0;
        int russianWords = 0;
        for (String word : words) {
            if (KAZAKH_WORDS.contains(word)) {
                kazakhWords++;
            } else if (RUSSIAN_WORDS.contains(word)) {
                russianWords++;
            }
        }
        double kazakhLetterShare = (double) kazakh / cyrillic;
        double evidence = kazakhLetterShare * 40 + kazakhWords - russianWords;
        return evidence > 0.5 ? Language.KK : Language.RU;
    }
}
