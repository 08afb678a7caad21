package org.kuzet.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a dataset file ({@code kuzet-dataset/1}, see docs/dataset-format.md): every section, in the order the
 * sections declare, inside one transaction that is rolled back when any record is rejected. A file is all or
 * nothing; separate files are separate transactions.
 */
@Component
public class DatasetImport {

    public static final String FORMAT = "kuzet-dataset/1";

    private static final Logger log = LoggerFactory.getLogger(DatasetImport.class);

    private final List<DatasetSection> sections;
    private final Map<String, DatasetSection> byName;
    private final JsonMapper json;
    private final TransactionTemplate transaction;

    DatasetImport(List<DatasetSection> sections, JsonMapper json, PlatformTransactionManager transactions) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(DatasetSection::order)).toList();
        this.byName = sections.stream().collect(Collectors.toMap(DatasetSection::name, Function.identity()));
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    public FileImport importFile(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            return refused(file.toString(), "cannot be read: " + e.getMessage());
        }
        return importBytes(file.toString(), content);
    }

    public FileImport importBytes(String name, byte[] content) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException e) {
            return refused(name, "not valid JSON: " + e.getOriginalMessage());
        }
        List<String> problems = shapeProblems(root);
        if (!problems.isEmpty()) {
            return new FileImport(name, problems, newRun());
        }
        ImportRun run = newRun();
        List<String> failures = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            try {
                for (DatasetSection section : sections) {
                    JsonNode records = root.get(section.name());
                    if (records != null) {
                        List<JsonNode> list = new ArrayList<>();
                        records.forEach(list::add);
                        section.importRecords(list, run);
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
            }
        });
        return new FileImport(name, failures, run);
    }

    private List<String> shapeProblems(JsonNode root) {
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            problems.add("the file must hold one JSON object with \"format\": \"" + FORMAT + "\"");
            return problems;
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isString() || !FORMAT.equals(format.stringValue())) {
            problems.add("format: must be \"" + FORMAT + "\", not " + (format == null ? "missing" : format));
        }
        for (String key : root.propertyNames()) {
            if (key.equals("format")) {
                continue;
            }
            if (!byName.containsKey(key)) {
                problems.add(key + ": unknown section; known: " + String.join(", ",
                        sections.stream().map(DatasetSection::name).toList()));
            } else if (!root.get(key).isArray()) {
                problems.add(key + ": must be a list of records");
            } else {
                int i = 0;
                for (JsonNode record : root.get(key)) {
                    if (!record.isObject()) {
                        problems.add(key + "[" + i + "]: must be an object");
                    }
                    i++;
                }
            }
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
