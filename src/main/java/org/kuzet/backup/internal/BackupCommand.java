package org.kuzet.backup.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kuzet.backup.Backup;
import org.kuzet.backup.BackupKey;
import org.kuzet.cli.Command;
import org.kuzet.cli.CommandContext;

/** Writes the whole database and every evidence file into one encrypted file. */
public final class BackupCommand implements Command {

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String usage() {
        return "FILE [--public-key KEYFILE]: write every table and every evidence file into one encrypted file "
                + "(OpenPGP; passphrase from " + Passphrases.VARIABLE + " or asked, or an armored public key)";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        List<String> rest = new ArrayList<>(args);
        Path publicKey = null;
        int flag = rest.indexOf("--public-key");
        if (flag >= 0) {
            if (flag + 1 >= rest.size()) {
                context.err().println("Usage: backup " + usage());
                return 2;
            }
            publicKey = Path.of(rest.remove(flag + 1));
            rest.remove(flag);
            if (!Files.isRegularFile(publicKey)) {
                context.err().println("KEYFILE: no such file " + publicKey);
                return 2;
            }
        }
        if (rest.size() != 1) {
            context.err().println("Usage: backup " + usage());
            return 2;
        }
        BackupKey key;
        if (publicKey != null) {
            key = new BackupKey.PublicKey(publicKey);
        } else {
            Optional<char[]> passphrase = Passphrases.forEncryption(context);
            if (passphrase.isEmpty()) {
                return 2;
            }
            key = BackupKey.passphrase(passphrase.get());
        }
        Backup.Summary summary = context.bean(Backup.class).write(Path.of(rest.get(0)), key);
        context.out().println("Encrypted backup written to " + rest.get(0) + ": " + summary.tables() + " tables, "
                + summary.rows() + " rows, " + summary.files() + " files. Keep its "
                + (publicKey != null ? "secret key" : "passphrase") + " apart from it, and the master key file too.");
        if (!summary.brokenFiles().isEmpty()) {
            context.out().println("WARNING: " + summary.brokenFiles().size() + " stored files failed their hash "
                    + "check and were left out: " + String.join(", ", summary.brokenFiles()));
            return 1;
        }
        return 0;
    }
}
