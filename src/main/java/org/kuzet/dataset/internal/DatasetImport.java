package org.kuzet.dataset.internal;

import org.kuzet.dataset.DatasetImported;
import org.kuzet.dataset.DatasetRecords;
import org.kuzet.dataset.DatasetSection;
import org.kuzet.dataset.ImportRun;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.kuzet.core.Sha256;
import org.kuzet.security.ActingUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a dataset file ({@code kuzet-dataset/1}, see docs/dataset-format.md): every section, in the order the
 * sections declare, inside one transaction that is rolled back when any record is rejected. A file is all or
 * nothing; separate files are separate transactions. A file that went in is announced once
 * ({@link DatasetImported}), with its SHA-256 and counts, for the audit log.
 */
@Component
public class DatasetImport {

    public static final String FORMAT = "kuzet-dataset/1";

    private static final Logger log = LoggerFactory.getLogger(DatasetImport.class);

    private final List<DatasetSection> sections;
    private final Map<String, DatasetSection> byName;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    DatasetImport(List<DatasetSection> sections, JsonMapper json, PlatformTransactionManager transactions,
            ApplicationEventPublisher events) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(DatasetSection::order)).toList();
        this.byName = sections.stream().collect(Collectors.toMap(DatasetSection::name, Function.identity()));
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
    }

    public FileImport importFile(Path file) {
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            return refused(file.toString(), "cannot be read: " + file);
        }
        String sha256;
        try {
            sha256 = Sha256.hex(Files.newInputStream(file));
        } catch (IOException e) {
            return refused(file.toString(), "cannot be read: " + file);
        }
        return importFrom(new Named(file.toString(), file.getFileName().toString(), sha256),
                () -> json.createParser(file.toFile()));
    }

    public FileImport importBytes(String name, byte[] content) {
        try {
            String sha256 = Sha256.hex(new ByteArrayInputStream(content));
            return importFrom(new Named(name, name, sha256), () -> json.createParser(content));
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes in memory", e);
        }
    }

    /** How a file is named: as given (in what is printed), by its own name and by its content (in the audit log). */
    private record Named(String given, String fileName, String sha256) {
    }

    /**
     * Reads the file once to check its shape and count its records, then once more per section as the section
     * walks its records (see {@link DatasetRecords}): memory holds a chunk of records, not the file.
     */
    private FileImport importFrom(Named named, Supplier<JsonParser> file) {
        String name = named.given();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        List<String> problems;
        try (JsonParser parser = file.get()) {
            problems = shapeProblems(parser, sizes);
        } catch (JacksonException e) {
            return refused(name, "not valid JSON: " + e.getOriginalMessage());
        }
        if (!problems.isEmpty()) {
            return new FileImport(name, problems, newRun());
        }
        ImportRun run = newRun();
        List<String> failures = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            try {
                for (DatasetSection section : sections) {
                    Integer size = sizes.get(section.name());
                    if (size != null) {
                        section.importRecords(new DatasetRecords(file, section.name(), size), run);
                    }
                }
            } catch (RuntimeException e) {
                // A rule a section did not check beforehand (a constraint of the database): the file is refused
                // like any other rejection, and the details go to the log rather than to the person importing.
                log.warn("Import of {} failed", name, e);
                failures.add("the database refused the file: " + rootCause(e));
            }
            if (run.rejected() || !failures.isEmpty()) {
                status.setRollbackOnly();
            } else {
                events.publishEvent(new DatasetImported(named.fileName(), named.sha256(), ActingUser.current(),
                        run.tallies()));
            }
        });
        return new FileImport(name, failures, run);
    }

    /** Walks the whole file without keeping it: one object, a known format, known sections of objects. */
    private List<String> shapeProblems(JsonParser parser, Map<String, Integer> sizes) {
        List<String> problems = new ArrayList<>();
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            parser.skipChildren(); // a file that is not even JSON is told so first
            problems.add("the file must hold one JSON object with \"format\": \"" + FORMAT + "\"");
            return problems;
        }
        JsonNode format = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (key.equals("format")) {
                format = parser.readValueAsTree();
            } else if (!byName.containsKey(key)) {
                problems.add(key + ": unknown section; known: " + String.join(", ",
                        sections.stream().map(DatasetSection::name).toList()));
                parser.skipChildren();
            } else if (value != JsonToken.START_ARRAY) {
                problems.add(key + ": must be a list of records");
                parser.skipChildren();
            } else {
                int i = 0;
                for (JsonToken record = parser.nextToken(); record != JsonToken.END_ARRAY; record = parser.nextToken()) {
                    if (record != JsonToken.START_OBJECT) {
                        problems.add(key + "[" + i + "]: must be an object");
                    }
                    parser.skipChildren();
                    i++;
                }
                sizes.put(key, i);
            }
        }
        if (format == null || !format.isString() || !FORMAT.equals(format.stringValue())) {
            problems.addFirst("format: must be \"" + FORMAT + "\", not " + (format == null ? "missing" : format));
        }
        return problems;
    }

    private ImportRun newRun() {
        return new ImportRun(name -> Optional.ofNullable(byName.get(name)));
    }

    private FileImport refused(String name, String problem) {
        return new FileImport(name, List.of(problem), newRun());
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
