package org.kuzet.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The functions, triggers and views that migration files define, read from their text, as "function name",
 * "trigger name on table" and "view name": the same keys {@link LiveDefinitionsTest} reads from the catalog of a
 * migrated database.
 */
record MigrationFiles(Map<String, String> texts) {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final String CREATE = "\\bcreate\\s+(?:or\\s+replace\\s+)?";
    private static final String NAME = "(?:public\\.)?\"?(\\w+)\"?";
    private static final Pattern FUNCTION = Pattern.compile(CREATE + "(?:function|procedure)\\s+" + NAME, FLAGS);
    private static final Pattern TRIGGER =
            Pattern.compile(CREATE + "(?:constraint\\s+)?trigger\\s+" + NAME + "\\s.*?\\son\\s+" + NAME, FLAGS);
    private static final Pattern VIEW = Pattern.compile(CREATE + "(?:materialized\\s+)?view\\s+" + NAME, FLAGS);
    // what is not a definition: comments, and bodies, which may hold the text of other statements
    private static final Pattern COMMENT = Pattern.compile("--[^\n]*");
    private static final Pattern BODY = Pattern.compile("\\$(\\w*)\\$.*?\\$\\1\\$", FLAGS);
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*");

    /** The repeatable migrations (R__*.sql), where the live definitions are. */
    static MigrationFiles repeatable() throws IOException {
        return load("R__*.sql", name -> true);
    }

    /** The versioned migrations after the given version. */
    static MigrationFiles versionedAfter(int version) throws IOException {
        return load("V*__*.sql", name -> Integer.parseInt(VERSION.matcher(name).replaceFirst("$1")) > version);
    }

    private static MigrationFiles load(String pattern, Predicate<String> wanted) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        var resolver = new PathMatchingResourcePatternResolver();
        for (Resource file : resolver.getResources("classpath:db/migration/" + pattern)) {
            if (wanted.test(file.getFilename())) {
                texts.put(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8));
            }
        }
        return new MigrationFiles(texts);
    }

    /** These files with one of them holding another text. */
    MigrationFiles with(String file, String text) {
        Map<String, String> changed = new TreeMap<>(texts);
        changed.put(file, text);
        return new MigrationFiles(changed);
    }

    String text(String file) {
        return texts.get(file);
    }

    /** Each object defined, with the files that define it. */
    Map<String, Set<String>> definers() {
        Map<String, Set<String>> definers = new LinkedHashMap<>();
        texts.forEach((file, text) -> definitions(text)
                .forEach(object -> definers.computeIfAbsent(object, o -> new TreeSet<>()).add(file)));
        return definers;
    }

    /** The live objects that no file, or more than one, defines; each with what is wrong. */
    List<String> problemsWith(Set<String> live) {
        Map<String, Set<String>> definers = definers();
        return live.stream().sorted().map(object -> problem(object, definers.getOrDefault(object, Set.of())))
                .filter(problem -> !problem.isEmpty()).toList();
    }

    private static String problem(String object, Set<String> files) {
        if (files.isEmpty()) {
            return object + ": in no R__ file (defined only in a versioned migration?)";
        }
        return files.size() == 1 ? "" : object + ": in more than one R__ file " + files;
    }

    private static Set<String> definitions(String text) {
        String statements = BODY.matcher(COMMENT.matcher(text).replaceAll("")).replaceAll("\\$\\$");
        Set<String> objects = new TreeSet<>();
        found(FUNCTION, statements).forEach(m -> objects.add("function " + m.group(1).toLowerCase()));
        found(TRIGGER, statements).forEach(m -> objects.add(
                "trigger " + m.group(1).toLowerCase() + " on " + m.group(2).toLowerCase()));
        found(VIEW, statements).forEach(m -> objects.add("view " + m.group(1).toLowerCase()));
        return objects;
    }

    private static Stream<MatchResult> found(Pattern pattern, String text) {
        return pattern.matcher(text).results();
    }
}
