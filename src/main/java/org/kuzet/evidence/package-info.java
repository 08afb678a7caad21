/**
 * Evidence files stored once under their SHA-256 and checked on every read: owns stored_file; others use
 * EvidenceStore.
 */
package org.kuzet.evidence;
