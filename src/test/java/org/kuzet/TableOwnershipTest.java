package org.kuzet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only the owner writes its tables: every table the migrations create belongs to one module, and a class in any
 * other module that holds SQL writing it ({@code insert into}, {@code update ... set}, {@code delete from},
 * {@code copy ... from}, {@code truncate}) is a violation. Others call the owner's API or read. Today's
 * violations are listed in {@value #KNOWN_VIOLATIONS}, which can only shrink.
 *
 * <p>It reads the SQL in string literals and text blocks; SQL built around a table name held in a variable (the
 * backup's restore, the bulk COPY of a chosen table) is not seen.
 */
class TableOwnershipTest {

    static final String KNOWN_VIOLATIONS = "table-ownership-known-violations.txt";
    static final Path MAIN = Path.of("src/main/java/org/kuzet");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Table name prefix -> owning module; the first prefix that fits wins, so longer ones come first. */
    static final Map<String, String> OWNERS = owners(
            "incident", "incident",
            "source", "source",
            "actor", "actor",
            "statement", "statement",
            "context_event", "context",
            "legal_case", "legalcase",
            "legal_article", "legalcase",
            "report_", "report",
            "search_", "search",
            "audit_", "audit",
            "app_user", "security",
            "security_", "security",
            "spring_session", "security",
            "shedlock", "database",
            "api_token", "security",
            "password_reset", "security",
            "two_factor_", "security",
            "sign_in_", "security",
            "confidential_export", "dataset",
            "record_comment", "comment",
            "stored_file", "evidence",
            "evidence_", "evidence",
            "place", "place",
            "category", "taxonomy",
            "taxonomy", "taxonomy",
            "triage_", "triage",
            "archive_", "archive",
            "published_", "archive",
            "spelling_", "spelling",
            "inquiry", "inquiry",
            "calendar_", "calendar",
            "notification_", "notification",
            "intake_", "intake",
            "crypto_", "crypto");

    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final String ONE_LITERAL = "\"((?:[^\"\\\\\\n]|\\\\.)*)\"";
    private static final Pattern LITERAL = Pattern.compile(ONE_LITERAL);
    /** Literals joined by {@code +} across lines read as one string, as the SQL is split for line length. */
    private static final Pattern LITERALS = Pattern.compile(ONE_LITERAL + "(?:\\s*\\+\\s*" + ONE_LITERAL + ")*");
    private static final List<Pattern> WRITES = Stream.of(
            "\\binsert\\s+into\\s+(\\w+)",
            "\\bupdate\\s+(\\w+)\\s+(?:(?:as\\s+)?\\w+\\s+)?set\\b",
            "\\bdelete\\s+from\\s+(\\w+)",
            "\\bcopy\\s+(\\w+)\\s*(?:\\([^)]*\\))?\\s*from\\b",
            "\\btruncate\\s+(?:table\\s+)?(?:only\\s+)?(\\w+(?:\\s*,\\s*\\w+)*)")
            .map(p -> Pattern.compile("(?i)" + p)).toList();

    @Test
    void everyMigratedTableHasAnOwner() {
        List<String> orphans = migratedTables().stream().filter(t -> owner(t).isEmpty()).toList();
        assertThat(orphans).as("tables with no owning module: add them to TableOwnershipTest.OWNERS").isEmpty();
    }

    @Test
    void onlyTheOwnerWritesItsTables() throws IOException {
        Set<String> tables = migratedTables();
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                String module = moduleOf(file);
                writtenTables(read(file)).stream().filter(tables::contains)
                        .filter(t -> !owner(t).orElseThrow().equals(module))
                        .forEach(t -> found.add(className(file) + " writes " + t + " (owner: " + owner(t).get() + ")"));
            });
        }
        KnownViolations.assertOnlyKnown(KNOWN_VIOLATIONS, found);
    }

    @Test
    void readsTheWritesOutOfJavaStrings() {
        String java = """
                jdbc.sql("insert into incident_source (incident_id, source_id) "
                        + "values (?, ?)").update();
                jdbc.sql("UPDATE legal_case SET stage = ?").update(); // update the case, says this comment
                String sql = \"""
                    delete from actor_alias where actor_id = :id
                    \""";
                copy.copyIn("copy place (id, name) from stdin", in);
                copy.copyOut("copy report_version to stdout", out);
                jdbc.sql("truncate incident, legal_case restart identity").update();
                jdbc.sql("select * from source where updated is not null").query();
                """;
        assertThat(writtenTables(java))
                .containsExactlyInAnyOrder("incident_source", "legal_case", "actor_alias", "place", "incident");
    }

    static Set<String> writtenTables(String java) {
        Set<String> tables = new TreeSet<>();
        for (String sql : strings(java)) {
            for (Pattern write : WRITES) {
                Matcher m = write.matcher(sql);
                while (m.find()) {
                    for (String table : m.group(1).split("\\s*,\\s*")) {
                        tables.add(table.toLowerCase());
                    }
                }
            }
        }
        return tables;
    }

    /** The text of the string literals and text blocks in a Java source, literals joined by + read as one. */
    static List<String> strings(String java) {
        List<String> strings = new ArrayList<>();
        Matcher block = TEXT_BLOCK.matcher(java);
        StringBuilder rest = new StringBuilder();
        while (block.find()) {
            strings.add(block.group(1));
            block.appendReplacement(rest, "");
        }
        block.appendTail(rest);
        Matcher joined = LITERALS.matcher(rest);
        while (joined.find()) {
            StringBuilder sql = new StringBuilder();
            Matcher one = LITERAL.matcher(joined.group());
            while (one.find()) {
                sql.append(one.group(1));
            }
            strings.add(sql.toString());
        }
        return strings;
    }

    static Set<String> migratedTables() {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.map(TableOwnershipTest::read).forEach(sql -> {
                Matcher m = CREATE_TABLE.matcher(sql);
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    static Optional<String> owner(String table) {
        return OWNERS.entrySet().stream().filter(e -> table.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst();
    }

    private static String moduleOf(Path file) {
        Path relative = MAIN.relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
    }

    private static String className(Path file) {
        return MAIN.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
    }

    private static Map<String, String> owners(String... prefixAndModule) {
        Map<String, String> owners = new LinkedHashMap<>();
        for (int i = 0; i < prefixAndModule.length; i += 2) {
            owners.put(prefixAndModule[i], prefixAndModule[i + 1]);
        }
        return owners;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
