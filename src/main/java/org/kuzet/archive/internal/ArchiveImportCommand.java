package org.kuzet.archive.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kuzet.archive.ArchiveImport;
import org.kuzet.archive.Extraction;
import org.kuzet.archive.ReportExtractor;
import org.kuzet.archive.ReportText;
import org.kuzet.cli.Command;
import org.kuzet.cli.CommandContext;
import org.kuzet.matching.TextMatching;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code archive-import FILE... [--dry-run] [--json]}: reads published monthly reports and stores their figures
 * and draft incidents. With --dry-run nothing is stored and Kuzet's database is not started: the place and category
 * names come from a throw-away database the migrations fill.
 */
public final class ArchiveImportCommand implements Command {

    @Override
    public String name() {
        return "archive-import";
    }

    @Override
    public String usage() {
        return "FILE... [--dry-run] [--json]: read published monthly reports (text or saved HTML) and store their "
                + "figures and narrative items as draft incidents (--dry-run: only show them)";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws IOException {
        boolean dryRun = args.contains("--dry-run");
        boolean json = args.contains("--json");
        List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
        List<String> unknown = args.stream().filter(a -> a.startsWith("--") && !a.equals("--dry-run")
                && !a.equals("--json")).toList();
        if (files.isEmpty() || !unknown.isEmpty()) {
            context.err().println(unknown.isEmpty() ? "Usage: archive-import " + usage()
                    : "unknown option: " + String.join(", ", unknown));
            return 2;
        }
        List<Path> paths = new ArrayList<>();
        for (String f : files) {
            Path p = Path.of(f);
            if (!Files.isRegularFile(p)) {
                context.err().println("FILE: '" + f + "' is not a readable file");
                return 1;
            }
            paths.add(p);
        }
        JsonMapper mapper = JsonMapper.builder().build();
        ArchiveImport importer = dryRun ? null : context.bean(ArchiveImport.class);
        ReportExtractor extractor = dryRun ? new ReportExtractor()
                : new ReportExtractor(context.bean(TextMatching.class).matchers());
        int failed = 0;
        for (Path p : paths) {
            ReportText report = ReportText.of(p.getFileName().toString(), Files.readAllBytes(p));
            Extraction extraction = extractor.extract(p.toString(), report);
            Map<String, Object> out = extraction.toJson();
            if (importer != null) {
                try {
                    ArchiveImport.Outcome outcome = importer.store(extraction, "archive-import");
                    out.put("stored", outcome.toJson());
                } catch (RuntimeException e) {
                    failed++;
                    out.put("stored", Map.of("error", String.valueOf(e.getMessage())));
                }
            }
            if (json) {
                context.out().println(mapper.writeValueAsString(out));
            } else {
                context.out().print(ExtractionSummary.of(extraction, out.get("stored")));
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
