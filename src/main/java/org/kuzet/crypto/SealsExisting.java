package org.kuzet.crypto;

/**
 * An owner of confidential columns that seals the values it stored before they were encrypted. Kuzet calls every
 * such bean once at each start, after its migrations and before it serves anyone; a run finds nothing left to do
 * after the first, as each looks only for values that are not sealed yet.
 */
public interface SealsExisting {

    /** Seals what is still plain; returns how many values it sealed. */
    int sealExisting(FieldCipher cipher);
}
