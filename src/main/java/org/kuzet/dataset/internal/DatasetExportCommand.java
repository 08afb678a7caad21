package org.kuzet.dataset.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kuzet.cli.Command;
import org.kuzet.cli.CommandContext;

/** {@code export [FILE]}: writes the whole dataset in the import format, to FILE or to standard output. */
public final class DatasetExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "[FILE.json]: write the whole dataset (kuzet-dataset/1) to FILE or to standard output";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        if (args.size() > 1) {
            context.err().println("Usage: export " + usage());
            return 2;
        }
        DatasetExport export = context.bean(DatasetExport.class);
        if (args.isEmpty()) {
            export.writeTo(context.out());
            context.out().println();
            context.out().flush();
            return 0;
        }
        Path target = Path.of(args.get(0));
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            export.writeTo(out);
        }
        // written whole or not at all: a failed export never leaves a truncated file under the real name
        Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        context.err().println("Exported to " + target);
        return 0;
    }
}
