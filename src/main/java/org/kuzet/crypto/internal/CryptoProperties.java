package org.kuzet.crypto.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the master key is: {@code masterKey} (KUZET_MASTER_KEY: Base64 keys separated by commas, the current one
 * first) or the file {@code masterKeyFile} (KUZET_MASTER_KEY_FILE; default: {@code <data dir>.master-key}, beside the
 * data directory and not in it, so that a copy of the data directory does not carry the key).
 */
@ConfigurationProperties("kuzet.crypto")
record CryptoProperties(String masterKey, String masterKeyFile) {
}
