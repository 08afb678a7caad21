package org.kuzet.crypto.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kuzet.cli.Command;
import org.kuzet.cli.CommandContext;
import org.kuzet.database.KuzetRunning;
import org.springframework.core.NestedExceptionUtils;

/**
 * Re-wraps the data keys under a new master key. With no Kuzet running on the data directory it does all of it at
 * once; beside a running server (which holds the embedded database) it puts the new key first in the key file and
 * the server re-wraps within a minute and drops the old key. No sealed value changes, so nothing stops meanwhile.
 */
public final class KeysRotateCommand implements Command {

    @Override
    public String name() {
        return "keys-rotate";
    }

    @Override
    public String usage() {
        return "[KEYFILE]: a new master key for the confidential fields; the data keys are re-wrapped under it "
                + "(KEYFILE: where a running server reads its key, default <data dir>.master-key)";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        if (args.size() > 1) {
            context.err().println("Usage: keys-rotate " + usage());
            return 2;
        }
        String fromEnvironment = System.getenv("KUZET_MASTER_KEY");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            context.out().println("The master key comes from KUZET_MASTER_KEY. New key: " + MasterKeys.newKey());
            context.out().println("Set KUZET_MASTER_KEY=NEW,OLD on every instance and restart them one at a time; the "
                    + "first start re-wraps the data keys; then remove OLD and keep NEW apart from the backups.");
            return 0;
        }
        KeyRing keys;
        try {
            keys = context.bean(KeyRing.class);
        } catch (RuntimeException e) {
            if (!(NestedExceptionUtils.getMostSpecificCause(e) instanceof KuzetRunning)) {
                throw e;
            }
            return besideRunningServer(args, context);
        }
        if (keys.file() == null) {
            context.err().println("This Kuzet has no master key file (a test database): nothing to rotate");
            return 1;
        }
        String id = keys.rotate();
        context.out().println("Data keys re-wrapped under the new master key " + id + " in " + keys.file()
                + "; the old key is gone from the file. Copy the file to where you keep it apart from the backups.");
        return 0;
    }

    private static int besideRunningServer(List<String> args, CommandContext context) {
        Path file = args.isEmpty() ? defaultFile() : Path.of(args.get(0));
        if (!Files.isRegularFile(file)) {
            context.err().println("KEYFILE: no master key file at " + file);
            return 2;
        }
        MasterKeys keys = MasterKeys.prependNewKey(file);
        context.out().println("A Kuzet is running here: the new master key " + keys.currentId() + " is first in "
                + file + "; the server re-wraps the data keys within a minute and then drops the old key from the file "
                + "(its log says so). Copy the file apart from the backups after that.");
        return 0;
    }

    private static Path defaultFile() {
        String named = System.getenv("KUZET_MASTER_KEY_FILE");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        String data = System.getenv("KUZET_DATA_DIR");
        return MasterKeys.besideDataDir(Path.of(data == null || data.isBlank() ? "./data" : data));
    }
}
