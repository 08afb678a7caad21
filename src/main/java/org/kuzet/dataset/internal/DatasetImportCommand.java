package org.kuzet.dataset.internal;

import org.kuzet.dataset.ImportRun;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kuzet.cli.Command;
import org.kuzet.cli.CommandContext;

/**
 * {@code import FILE...}: loads dataset files, each all or nothing. Prints what each file created, updated or left
 * unchanged, or every rejected record with its position; exits 1 when any file was rejected.
 */
public final class DatasetImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "FILE.json...: load dataset files (kuzet-dataset/1), each all or nothing, idempotent by external_id";
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        if (args.isEmpty()) {
            context.err().println("Usage: import " + usage());
            return 2;
        }
        DatasetImport importer = context.bean(DatasetImport.class);
        boolean anyRejected = false;
        for (String file : args) {
            FileImport result = importer.importFile(Path.of(file));
            print(result, context.out());
            anyRejected |= result.rejected();
        }
        return anyRejected ? 1 : 0;
    }

    static void print(FileImport result, PrintStream out) {
        if (result.rejected()) {
            List<String> problems = result.problems();
            out.println(result.file() + ": rejected, nothing written (" + problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s") + ")");
            problems.forEach(p -> out.println("  " + p));
            return;
        }
        out.println(result.file() + ": imported");
        for (Map.Entry<String, ImportRun.Tally> section : result.run().tallies().entrySet()) {
            ImportRun.Tally t = section.getValue();
            out.println("  " + section.getKey() + ": " + t.created() + " created, " + t.updated() + " updated, "
                    + t.unchanged() + " unchanged");
        }
    }
}
