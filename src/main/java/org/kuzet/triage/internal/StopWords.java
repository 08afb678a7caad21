package org.kuzet.triage.internal;

import java.util.Set;

/**
 * Function words of English, Russian and Kazakh. They carry no category, and with a few hundred training items
 * naive Bayes would otherwise learn that "his" or "по" means one category by chance.
 */
public final class StopWords {

    private static final Set<String> WORDS = Set.of(
            "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "as",
            "is", "was", "were", "are", "be", "been", "has", "have", "had", "it", "its", "he", "she", "his", "her",
            "him", "they", "them", "their", "this", "that", "these", "those", "who", "which", "what", "after",
            "before", "while", "two", "three", "said", "says", "also", "not", "no", "there", "than", "then", "into",
            "about", "over", "up", "out", "some", "several", "one", "we", "our", "us", "you", "i", "my",
            "и", "в", "во", "на", "не", "что", "с", "со", "по", "за", "от", "к", "ко", "из", "о", "об", "для", "это",
            "как", "был", "была", "были", "было", "его", "ее", "её", "их", "также", "после", "который", "которая",
            "которые", "он", "она", "они", "но", "а", "или", "же", "у", "до", "при", "так", "только", "уже",
            "два", "две", "три", "через", "этом", "этого", "том", "то", "все", "всех", "мы", "вы", "я",
            "және", "мен", "бен", "пен", "деп", "бұл", "осы", "сол", "оның", "олар", "оларды", "үшін", "туралы",
            "бойынша", "кейін", "дейін", "бірақ", "да", "де", "та", "те", "екі", "үш", "бір", "еді", "емес",
            "біз", "сіз", "ол", "оны", "оған", "арқылы", "қатысты", "сондай-ақ");

    private StopWords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
