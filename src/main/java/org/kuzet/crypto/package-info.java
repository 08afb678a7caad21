/**
 * Confidential fields encrypted at rest: AES-GCM with a data key per record kind, each data key wrapped by a master
 * key kept outside the database (a file beside the data directory, or {@code KUZET_MASTER_KEY}). Owns crypto_data_key.
 * Owners of confidential columns seal what they write and open what they read through {@link FieldCipher}, and seal
 * rows written before encryption existed through {@link SealsExisting}; {@code keys-rotate} re-wraps the data keys.
 */
package org.kuzet.crypto;
