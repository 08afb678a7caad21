package org.kuzet.evidence.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import org.kuzet.api.NotFound;
import org.kuzet.evidence.EvidenceStore;
import org.kuzet.evidence.Redactions;
import org.kuzet.evidence.StoredFile;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
    @GetMapping("/evidence/redacted/{sha256}")
    ResponseEntity<byte[]> copy(@PathVariable String sha256) {
        StoredFile file = redactions.publicCopy(sha256).orElseThrow(() -> new NotFound("No published copy "
                + sha256));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(file.originalName() == null ? sha256 : file.originalName(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .cacheControl(CacheControl.noCache())
                .body(files.read(sha256));
    }
}
