package org.kuzet.triage.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.cli.Command;
import org.kuzet.triage.CategoryScore;
import org.kuzet.cli.CommandContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code triage-classify FILE}: one JSON line per input line with the category, its score, the first three categories
 * with their scores, and why. No database.
 */
public final class ClassifyCommand implements Command {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Override
    public String name() {
        return "triage-classify";
    }

    @Override
    public String usage() {
        return "FILE: classify each line (a text, or a JSON object with \"text\") with the shipped triage model; prints JSON lines";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws IOException {
        if (args.size() != 1) {
            context.err().println("Usage: triage-classify " + usage());
            return 2;
        }
        try (BufferedReader reader = Files.newBufferedReader(Path.of(args.getFirst()), StandardCharsets.UTF_8)) {
            return classify(reader, TriageModel.shipped(), context.out(), context.err());
        } catch (NoSuchFileException e) {
            context.err().println("FILE: no such file " + args.getFirst());
            return 1;
        }
    }

    static int classify(BufferedReader reader, TriageModel model, PrintStream out, PrintStream err) throws IOException {
        String line;
        int number = 0;
        int rejected = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String text = textOf(line);
            if (text == null) {
                err.println("line " + number + ": a JSON line needs a \"text\" string");
                out.println("{\"error\": \"line " + number + ": no text\"}");
                rejected++;
                continue;
            }
            Classification result = model.classify(text);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("category", result.category());
            json.put("score", Math.round(result.score() * 1000) / 1000.0);
            List<Map<String, Object>> top = new java.util.ArrayList<>();
            for (CategoryScore s : result.ranked().subList(0, Evaluation.TOP)) {
                top.add(Map.of("category", s.category(), "score", Math.round(s.score() * 1000) / 1000.0));
            }
            json.put("top", top);
            json.put("why", result.why());
            out.println(JSON.writeValueAsString(json));
        }
        return rejected == 0 ? 0 : 1;
    }

    /** The text of a line: the "text" field of a JSON object, or the line itself. */
    static String textOf(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("{")) {
            try {
                JsonNode node = JSON.readTree(trimmed);
                JsonNode text = node.get("text");
                return text != null && text.isString() ? text.asString() : null;
            } catch (RuntimeException notJson) {
                return line;
            }
        }
        return line;
    }
}
