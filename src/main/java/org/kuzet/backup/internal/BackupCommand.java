package org.kuzet.backup.internal;

import java.nio.file.Path;
import java.util.List;
import org.kuzet.backup.Backup;
import org.kuzet.cli.Command;
import org.kuzet.cli.CommandContext;

/** Writes the whole database and every evidence file into one file. */
public final class BackupCommand implements Command {

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String usage() {
        return "FILE: write every table and every evidence file into one zip file";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        if (args.size() != 1) {
            context.err().println("Usage: backup " + usage());
            return 2;
        }
        Backup.Summary summary = context.bean(Backup.class).write(Path.of(args.get(0)));
        context.out().println("Backup written to " + args.get(0) + ": " + summary.tables() + " tables, "
                + summary.rows() + " rows, " + summary.files() + " files");
        if (!summary.brokenFiles().isEmpty()) {
            context.out().println("WARNING: " + summary.brokenFiles().size() + " stored files failed their hash "
                    + "check and were left out: " + String.join(", ", summary.brokenFiles()));
            return 1;
        }
        return 0;
    }
}
