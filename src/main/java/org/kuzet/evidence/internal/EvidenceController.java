package org.kuzet.evidence.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.evidence.EvidenceStore;
import org.kuzet.evidence.EvidenceTampered;
import org.kuzet.evidence.FileStored;
import org.kuzet.evidence.StoredFile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Upload (staff: the raw bytes as the request body, {@code ?name=} for the original file name) and download
 * (monitors, editors, admins: evidence may be confidential) of evidence files. Downloads are attachments, sandboxed,
 * so that a stored HTML page cannot run in Kuzet's origin.
 */
@RestController
class EvidenceController {

    private final EvidenceStore store;
    private final ApplicationEventPublisher events;

    EvidenceController(EvidenceStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @Operation(summary = "Store an evidence file (the body is the file); answered with its SHA-256")
    @ApiResponse(responseCode = "201", description = "The file stored", useReturnTypeSchema = true)
    @PostMapping("/api/v1/files")
    @Transactional
    ResponseEntity<StoredFile> upload(HttpServletRequest request, @RequestParam(required = false) String name,
                                      Principal who) throws IOException {
        byte[] content = bounded(request.getInputStream());
        StoredFile stored = store.store(content, name, who.getName());
        events.publishEvent(new FileStored(stored, who.getName()));
        return ResponseEntity.created(URI.create("/api/v1/files/" + stored.sha256())).body(stored);
    }

    @Operation(summary = "An evidence file by its SHA-256 (monitors, editors, admins)")
    @ApiResponse(responseCode = "200", description = "The file, with the media type it was stored with",
            content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "409", description = "The stored file failed its integrity check and is not served",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @GetMapping("/api/v1/files/{sha256}")
    ResponseEntity<byte[]> download(@PathVariable String sha256) {
        StoredFile file = store.find(sha256).orElseThrow(() -> new NotFound("No stored file " + sha256));
        byte[] content = store.read(sha256);
        return FileAnswers.file(file, file.originalName() == null ? sha256 : file.originalName(), false)
                .body(content);
    }

    @ExceptionHandler(EvidenceTampered.class)
    ResponseEntity<ProblemDetail> tampered(EvidenceTampered e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The stored file failed its integrity check and is not served; the incident is logged.");
        problem.setTitle("Integrity check failed");
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Reads at most one byte more than the limit, so an oversized upload is refused without being held whole. */
    private byte[] bounded(InputStream in) throws IOException {
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, store.maxBytes() + 1));
        if (content.length > store.maxBytes()) {
            throw InvalidInput.of("file", "problem.fileOverLimit", store.maxBytes());

        }
        return content;
    }
}
