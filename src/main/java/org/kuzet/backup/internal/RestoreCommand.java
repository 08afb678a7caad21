package org.kuzet.backup.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kuzet.backup.BackupKey;
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
        return "FILE [--force] [--secret-key KEYFILE]: load a backup into an empty database (--force: replace all "
                + "data); an encrypted one asks for its passphrase (or " + Passphrases.VARIABLE
                + "), or that of the secret key";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        List<String> rest = new ArrayList<>(args);
        boolean force = rest.remove("--force");
        Path secretKey = null;
        int flag = rest.indexOf("--secret-key");
        if (flag >= 0 && flag + 1 < rest.size()) {
            secretKey = Path.of(rest.remove(flag + 1));
            rest.remove(flag);
        }
        if (rest.size() != 1 || rest.contains("--secret-key")) {
            context.err().println("Usage: restore " + usage());
            return 2;
        }
        Path file = Path.of(rest.get(0));
        if (!Files.isRegularFile(file)) {
            context.err().println("FILE: no such file " + file);
            return 2;
        }
        if (secretKey != null && !Files.isRegularFile(secretKey)) {
            context.err().println("KEYFILE: no such file " + secretKey);
            return 2;
        }
        BackupKey key = null;
        if (Restore.encrypted(file)) {
            Optional<char[]> passphrase = Passphrases.read(secretKey == null ? "Backup passphrase"
                    : "Passphrase of the secret key", false, context);
            if (passphrase.isEmpty()) {
                return 2;
            }
            key = secretKey == null ? BackupKey.passphrase(passphrase.get())
                    : new BackupKey.SecretKey(secretKey, passphrase.get());
        }
        try {
            Restore.Summary summary = context.bean(Restore.class).restore(file, force, key);
            context.out().println("Restored " + summary.tables() + " tables, " + summary.rows() + " rows, "
                    + summary.files() + " files from " + file);
            return 0;
        } catch (Restore.Refused e) {
            context.err().println("Restore refused, nothing changed: " + e.getMessage());
            return 1;
        }
    }
}
