package org.kuzet.evidence.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.kuzet.api.NotFound;
import org.kuzet.evidence.EvidenceStore;
import org.kuzet.evidence.Redactions;
import org.kuzet.evidence.StoredFile;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one way the public gets an evidence file: a published redacted copy, by its SHA-256. Any other file (an
 * original above all, or a copy not published or withdrawn) is not found. Shown inline, sandboxed, and checked again
 * on every request so that a withdrawn copy stops at once.
 */
@RestController
class PublicRedactedFiles {

    private final Redactions redactions;
    private final EvidenceStore files;

    PublicRedactedFiles(Redactions redactions, EvidenceStore files) {
        this.redactions = redactions;
        this.files = files;
    }

    @Operation(summary = "A published redacted copy of an evidence file, by its SHA-256 (never an original)")
    @ApiResponse(responseCode = "200", description = "The copy: a picture (PNG, JPEG) or a PDF",
            content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "409", description = "The stored copy failed its integrity check and is not served",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @GetMapping("/evidence/redacted/{sha256}")
    ResponseEntity<byte[]> copy(@PathVariable String sha256) {
        StoredFile file = redactions.publicCopy(sha256).orElseThrow(() -> new NotFound("No published copy "
                + sha256));
        // the copy's own name (redacted-<original's hash>), never the original's
        return FileAnswers.file(file, file.originalName() == null ? sha256 : file.originalName(), true)
                .cacheControl(CacheControl.noCache()).body(FileAnswers.read(files, sha256));
    }
}
