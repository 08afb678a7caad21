package org.kuzet.evidence.internal;

import java.nio.charset.StandardCharsets;
import org.kuzet.api.Conflict;
import org.kuzet.evidence.EvidenceStore;
import org.kuzet.evidence.EvidenceTampered;
import org.kuzet.evidence.StoredFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a stored file is answered: with the media type it was stored with, under a name, sandboxed so that a stored
 * page cannot run in Kuzet's origin; and a file that failed its integrity check answered as a conflict (a page in the
 * reader's language, or problem+json), never served.
 */
public final class FileAnswers {

    private FileAnswers() {
    }

    /** The file's bytes, as an attachment (a download) or inline (shown in the browser). */
    static ResponseEntity.BodyBuilder file(StoredFile file, String name, boolean inline) {
        ContentDisposition.Builder disposition = inline ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(name, StandardCharsets.UTF_8).build()
                        .toString())
                .header("Content-Security-Policy", "sandbox; default-src 'none'");
    }

    /** The file's bytes checked against its hash; a file changed on disk is a conflict, logged by the store. */
    public static byte[] read(EvidenceStore files, String sha256) {
        try {
            return files.read(sha256);
        } catch (EvidenceTampered e) {
            throw new Conflict("conflict.fileTampered", sha256);
        }
    }
}
