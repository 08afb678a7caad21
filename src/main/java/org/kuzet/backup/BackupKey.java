package org.kuzet.backup;

import java.nio.file.Path;

/**
 * What a backup is encrypted with, or opened with (OpenPGP, Bouncy Castle): a passphrase (either way), a public key
 * (an armored OpenPGP public key file, e.g. {@code gpg --export --armor}: to write), or the matching secret key with
 * its passphrase (to read). The file can also be opened with GnuPG ({@code gpg --decrypt}).
 */
public sealed interface BackupKey {

    /** At least this many characters in a passphrase that encrypts a backup. */
    int MIN_PASSPHRASE = 12;

    record Passphrase(char[] value) implements BackupKey {
    }

    record PublicKey(Path file) implements BackupKey {
    }

    record SecretKey(Path file, char[] passphrase) implements BackupKey {
    }

    static BackupKey passphrase(char[] value) {
        return new Passphrase(value);
    }
}
