package org.kuzet.search.internal;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.kuzet.spelling.Spelling;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * How text becomes the words it is found by. Two ways, each in its own fields:
 * <ul>
 * <li><b>stems</b>: words (runs of letters, digits and combining marks, as for folding) lower-cased, Russian and English stop words left out, Cyrillic words cut to their Russian
 * stem and Latin words to their English stem (Snowball), so журналиста finds журналистам and threatened finds
 * threats; a Cyrillic word with Kazakh endings also gives, at the same position, the Russian stem of what is left
 * without them ({@link KazakhSuffixes}), so Бажкенованың finds Бажкенова and радиосы finds радио;</li>
 * <li><b>folded</b>: every word folded by {@link Spelling#key} (the same function as for every name in Kuzet), so
 * Азаттық, Азаттык, Azattyq and Azattyk are one word, and Kazakh words match with or without Kazakh letters.</li>
 * </ul>
 * Both keep positions, so a quoted phrase works on either. Stems and keys are cached per analysing thread: text
 * repeats its words, and stemming or folding each occurrence again was most of the cost of indexing.
 */
final class TextAnalysis {

    static final CharArraySet STOP_WORDS = stopWords();
    private static final int CACHE_LIMIT = 200_000;

    private TextAnalysis() {
    }

    /** Stems for fields ending in {@code _stem}, folded words for the others. */
    static Analyzer forFields() {
        Analyzer stems = stems();
        Analyzer folded = folded();
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return fieldName.endsWith("_stem") ? stems : folded;
            }
        };
    }

    static Analyzer stems() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(FoldingTokenizer::wordChar);
                TokenStream stream = new StopFilter(new LowerCaseFilter(tokenizer), STOP_WORDS);
                return new TokenStreamComponents(tokenizer, new StemFilter(stream));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                FoldingTokenizer tokenizer = new FoldingTokenizer();
                return new TokenStreamComponents(tokenizer);
            }
        };
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(RussianAnalyzer.getDefaultStopSet(), false);
        set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return CharArraySet.unmodifiableSet(set);
    }

    /**
     * Russian stems for words with Cyrillic letters, English stems for the others; a Cyrillic word whose Kazakh
     * endings cut off leave another stem gets that stem too, as a second token at the same position (a query then
     * matches either, as for a synonym).
     */
    private static final class StemFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final SnowballStemmer russian = new RussianStemmer();
        private final SnowballStemmer english = new EnglishStemmer();
        // looked up by the term's own characters: no String made for a word seen before
        private final CharArrayMap<char[][]> cache = new CharArrayMap<>(1024, false);
        private char[] pending;

        StemFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (pending != null) {
                term.copyBuffer(pending, 0, pending.length);
                increment.setPositionIncrement(0);
                pending = null;
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            char[][] stems = cache.get(term.buffer(), 0, term.length());
            if (stems == null) {
                String word = term.toString();
                stems = stems(word);
                if (cache.size() >= CACHE_LIMIT) {
                    cache.clear();
                }
                cache.put(word, stems);
            }
            term.copyBuffer(stems[0], 0, stems[0].length);
            pending = stems.length > 1 ? stems[1] : null;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending = null;
        }

        private char[][] stems(String word) {
            if (!cyrillic(word)) {
                return new char[][] {stem(english, word).toCharArray()};
            }
            String own = stem(russian, word);
            String stripped = KazakhSuffixes.strip(word);
            String other = stripped.equals(word) ? own : stem(russian, stripped);
            return other.equals(own) ? new char[][] {own.toCharArray()}
                    : new char[][] {own.toCharArray(), other.toCharArray()};
        }

        private static boolean cyrillic(String word) {
            for (int i = 0; i < word.length(); i++) {
                if (Character.UnicodeBlock.of(word.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
                    return true;
                }
            }
            return false;
        }

        private static String stem(SnowballStemmer stemmer, String word) {
            stemmer.setCurrent(word);
            stemmer.stem();
            return stemmer.getCurrent();
        }
    }

    /**
     * Splits text into runs of letters, digits and combining marks, and emits the words of each run's spelling
     * key. Spelling.key turns everything but a-z and 0-9 into spaces, so folding run by run gives the same words as
     * folding the whole text at once, which is what a query does.
     */
    static final class FoldingTokenizer extends Tokenizer {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final CharArrayMap<String[]> cache = new CharArrayMap<>(1024, false);
        private char[] text = new char[4096];
        private int length;
        private int cursor;
        private String[] pending;
        private int pendingIndex;
        private int runStart;
        private int runEnd;

        @Override
        public void reset() throws IOException {
            super.reset();
            length = 0;
            int n;
            while ((n = input.read(text, length, text.length - length)) > 0) {
                length += n;
                if (length == text.length) {
                    text = Arrays.copyOf(text, text.length * 2);
                }
            }
            cursor = 0;
            pending = null;
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            while (pending == null || pendingIndex >= pending.length) {
                if (!nextRun()) {
                    return false;
                }
            }
            term.setEmpty().append(pending[pendingIndex++]);
            offset.setOffset(correctOffset(runStart), correctOffset(runEnd));
            increment.setPositionIncrement(1);
            return true;
        }

        private boolean nextRun() {
            while (cursor < length && !wordChar(text[cursor])) {
                cursor++;
            }
            if (cursor >= length) {
                return false;
            }
            runStart = cursor;
            while (cursor < length && wordChar(text[cursor])) {
                cursor++;
            }
            runEnd = cursor;
            String[] words = cache.get(text, runStart, runEnd - runStart);
            if (words == null) {
                String run = new String(text, runStart, runEnd - runStart);
                String key = Spelling.key(run);
                words = key.isEmpty() ? new String[0] : key.split(" ");
                if (cache.size() >= CACHE_LIMIT) {
                    cache.clear();
                }
                cache.put(run, words);
            }
            pending = words;
            pendingIndex = 0;
            return true;
        }

        static boolean wordChar(int c) {
            if (c < WORD_CHARS.length) {
                return WORD_CHARS[c];
            }
            return anyWordChar(c);
        }

        /** Whether each character of the Latin and Cyrillic blocks (most of any text here) is a word character. */
        private static final boolean[] WORD_CHARS = new boolean[0x0530];

        static {
            for (int c = 0; c < WORD_CHARS.length; c++) {
                WORD_CHARS[c] = anyWordChar(c);
            }
        }

        private static boolean anyWordChar(int c) {
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            int type = Character.getType(c);
            return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int last = correctOffset(length);
            offset.setOffset(last, last);
        }
    }
}
