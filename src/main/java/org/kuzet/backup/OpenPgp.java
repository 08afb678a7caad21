package org.kuzet.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Date;
import java.util.Iterator;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPBEEncryptedData;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.bc.BcPGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.bc.BcPGPSecretKeyRingCollection;
import org.bouncycastle.openpgp.operator.bc.BcPBEDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcPBEKeyEncryptionMethodGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;

/**
 * A backup's envelope: OpenPGP (RFC 4880) by Bouncy Castle, AES-256 with an integrity packet; a passphrase goes
 * through iterated and salted SHA-256 (the largest count), a public key is any OpenPGP encryption key. Nothing here
 * is hand-made cryptography: it only chooses the library's algorithms and reads its packets.
 */
final class OpenPgp {

    /** The first bytes of a zip: a backup that starts so was written without encryption. */
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int BUFFER = 1 << 16;

    private OpenPgp() {
    }

    static boolean encrypted(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ZIP.length);
            return !java.util.Arrays.equals(head, ZIP);
        }
    }

    /** A stream that encrypts what is written into {@code out}; closing it finishes the envelope (not {@code out}). */
    static OutputStream encrypt(OutputStream out, BackupKey key) throws IOException {
        PGPEncryptedDataGenerator generator = new PGPEncryptedDataGenerator(
                new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256).setWithIntegrityPacket(true)
                        .setSecureRandom(new SecureRandom()));
        try {
            switch (key) {
                case BackupKey.Passphrase p -> generator.addMethod(new BcPBEKeyEncryptionMethodGenerator(p.value(),
                        new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA256), 0xff));
                case BackupKey.PublicKey p -> generator.addMethod(
                        new BcPublicKeyKeyEncryptionMethodGenerator(encryptionKey(p.file())));
                case BackupKey.SecretKey s -> throw new Restore.Refused("a secret key opens a backup; encrypt with "
                        + "its public key");
            }
            OutputStream encrypted = generator.open(out, new byte[BUFFER]);
            OutputStream literal = new PGPLiteralDataGenerator().open(encrypted, PGPLiteralData.BINARY,
                    "kuzet-backup.zip", new Date(), new byte[BUFFER]);
            return new java.io.FilterOutputStream(literal) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    literal.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    literal.close();
                    encrypted.close();
                }
            };
        } catch (PGPException e) {
            throw new IOException("cannot encrypt the backup: " + e.getMessage(), e);
        }
    }

    /** Decrypts an encrypted backup into {@code target}, checking its integrity packet; refuses a wrong key. */
    static void decrypt(Path file, BackupKey key, Path target) throws IOException {
        try (InputStream raw = PGPUtil.getDecoderStream(new BufferedInputStream(Files.newInputStream(file)))) {
            PGPEncryptedDataList list = encryptedDataList(new BcPGPObjectFactory(raw));
            PGPEncryptedData data = null;
            InputStream clear = null;
            for (PGPEncryptedData candidate : list) {
                clear = open(candidate, key);
                if (clear != null) {
                    data = candidate;
                    break;
                }
            }
            if (clear == null) {
                throw new Restore.Refused("the backup is not encrypted for this "
                        + (key instanceof BackupKey.Passphrase ? "passphrase" : "key"));
            }
            Object literal = new BcPGPObjectFactory(clear).nextObject();
            if (!(literal instanceof PGPLiteralData content)) {
                throw new Restore.Refused("not a Kuzet backup: the encrypted file holds no data");
            }
            try (InputStream in = content.getInputStream()) {
                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            if (!data.isIntegrityProtected() || !data.verify()) {
                throw new Restore.Refused("the backup was changed after it was written (its integrity check fails)");
            }
        } catch (PGPException e) {
            throw new Restore.Refused("the backup cannot be opened with this "
                    + (key instanceof BackupKey.Passphrase ? "passphrase" : "key") + " (" + e.getMessage() + ")");
        }
    }

    private static InputStream open(PGPEncryptedData candidate, BackupKey key) throws PGPException {
        if (candidate instanceof PGPPBEEncryptedData pbe && key instanceof BackupKey.Passphrase p) {
            return pbe.getDataStream(new BcPBEDataDecryptorFactory(p.value(), new BcPGPDigestCalculatorProvider()));
        }
        if (candidate instanceof PGPPublicKeyEncryptedData pk && key instanceof BackupKey.SecretKey s) {
            PGPPrivateKey privateKey = privateKey(s, pk.getKeyID());
            return privateKey == null ? null : pk.getDataStream(new BcPublicKeyDataDecryptorFactory(privateKey));
        }
        return null;
    }

    private static PGPEncryptedDataList encryptedDataList(BcPGPObjectFactory factory) throws IOException {
        Object next = factory.nextObject();
        while (next != null && !(next instanceof PGPEncryptedDataList)) {
            next = factory.nextObject(); // a marker packet may come first
        }
        if (next == null) {
            throw new Restore.Refused("not an encrypted Kuzet backup");
        }
        return (PGPEncryptedDataList) next;
    }

    private static PGPPublicKey encryptionKey(Path file) throws IOException {
        try (InputStream in = PGPUtil.getDecoderStream(Files.newInputStream(file))) {
            for (Iterator<PGPPublicKeyRing> rings = new BcPGPPublicKeyRingCollection(in).getKeyRings();
                 rings.hasNext(); ) {
                for (Iterator<PGPPublicKey> keys = rings.next().getPublicKeys(); keys.hasNext(); ) {
                    PGPPublicKey candidate = keys.next();
                    if (candidate.isEncryptionKey() && !candidate.hasRevocation()) {
                        return candidate;
                    }
                }
            }
        } catch (PGPException e) {
            throw new IOException("not an OpenPGP public key: " + file + " (" + e.getMessage() + ")", e);
        }
        throw new IOException("no encryption key in " + file);
    }

    private static PGPPrivateKey privateKey(BackupKey.SecretKey key, long keyId) throws PGPException {
        try (InputStream in = PGPUtil.getDecoderStream(Files.newInputStream(key.file()))) {
            PGPSecretKey secret = new BcPGPSecretKeyRingCollection(in).getSecretKey(keyId);
            if (secret == null) {
                return null;
            }
            return secret.extractPrivateKey(new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider())
                    .build(key.passphrase()));
        } catch (IOException e) {
            throw new PGPException("cannot read the secret key " + key.file() + ": " + e.getMessage(), e);
        }
    }
}
