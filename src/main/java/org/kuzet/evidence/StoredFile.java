package org.kuzet.evidence;

/** A file in the evidence store: its SHA-256 (which is also its address), what it is, and how big. */
public record StoredFile(String sha256, String mediaType, long sizeBytes, String originalName) {
}
