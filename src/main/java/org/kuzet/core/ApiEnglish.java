package org.kuzet.core;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * The API's English for each problem key ({@code problem.*}, {@code conflict.*}; {@code problems.properties} beside
 * this class): the terse wording the API has always answered with ("not in the gazetteer: 'kz-nowhere'"), kept
 * stable for the scripts that read it; where a route helps the caller, the API's wording names it. People read the
 * sentences of the message files instead, in their language. Formatted as the message source formats (ICU, and a
 * pattern without arguments as it is).
 */
public final class ApiEnglish {

    static final String FILE = "problems.properties";

    private static final Properties TEXTS = load();

    private ApiEnglish() {
    }

    /** The arguments of a problem, each written as text (a value as typed, never reformatted as a number). */
    public static List<String> texts(Object... args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    public static String say(String key, List<String> args) {
        String pattern = TEXTS.getProperty(key);
        if (pattern == null) {
            // a key without its English is caught by a test; said plainly rather than failing a request
            return args.isEmpty() ? key : key + " " + args;
        }
        return args.isEmpty() ? pattern : new MessageFormat(pattern, ULocale.ENGLISH).format(args.toArray());
    }

    private static Properties load() {
        Properties texts = new Properties();
        try (InputStream in = ApiEnglish.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing beside " + ApiEnglish.class.getName());
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
