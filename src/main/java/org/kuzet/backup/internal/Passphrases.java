package org.kuzet.backup.internal;

import java.io.Console;
import java.util.Arrays;
import java.util.Optional;
import org.kuzet.backup.BackupKey;
import org.kuzet.cli.CommandContext;

/**
 * A backup's passphrase: from {@code KUZET_BACKUP_PASSPHRASE}, or asked on the terminal without echo; never an
 * argument, which other users of the machine could read in the process list.
 */
final class Passphrases {

    static final String VARIABLE = "KUZET_BACKUP_PASSPHRASE";

    private Passphrases() {
    }

    /** The passphrase, or empty after saying why on standard error. */
    static Optional<char[]> read(String what, boolean confirm, CommandContext context) {
        String fromEnvironment = System.getenv(VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(fromEnvironment.toCharArray());
        }
        Console console = System.console();
        if (console == null) {
            context.err().println(what + ": set " + VARIABLE + " or run the command in a terminal to be asked");
            return Optional.empty();
        }
        char[] first = console.readPassword("%s: ", what);
        if (confirm) {
            char[] again = console.readPassword("%s again: ", what);
            if (!Arrays.equals(first, again)) {
                context.err().println(what + ": the two entries differ; nothing was written");
                return Optional.empty();
            }
        }
        return Optional.ofNullable(first);
    }

    /** A passphrase long enough to encrypt a backup, or empty after saying why. */
    static Optional<char[]> forEncryption(CommandContext context) {
        Optional<char[]> passphrase = read("Backup passphrase", true, context);
        if (passphrase.isPresent() && passphrase.get().length < BackupKey.MIN_PASSPHRASE) {
            context.err().println("Backup passphrase: at least " + BackupKey.MIN_PASSPHRASE + " characters");
            return Optional.empty();
        }
        return passphrase;
    }
}
