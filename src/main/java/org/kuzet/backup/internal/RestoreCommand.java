package org.kuzet.backup.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.backup.Restore;
import org.kuzet.cli.Command;
import org.kuzet.cli.CommandContext;

/** Brings a backup back; refuses a database that already holds data unless --force. */
public final class RestoreCommand implements Command {

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return "FILE [--force]: load a backup into an empty database (--force: replace all data)";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        List<String> rest = new ArrayList<>(args);
        boolean force = rest.remove("--force");
        if (rest.size() != 1) {
            context.err().println("Usage: restore " + usage());
            return 2;
        }
        Path file = Path.of(rest.get(0));
        if (!Files.isRegularFile(file)) {
            context.err().println("FILE: no such file " + file);
            return 2;
        }
        try {
            Restore.Summary summary = context.bean(Restore.class).restore(file, force);
            context.out().println("Restored " + summary.tables() + " tables, " + summary.rows() + " rows, "
                    + summary.files() + " files from " + file);
            return 0;
        } catch (Restore.Refused e) {
            context.err().println("Restore refused, nothing changed: " + e.getMessage());
            return 1;
        }
    }
}
