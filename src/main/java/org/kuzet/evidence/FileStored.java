package org.kuzet.evidence;

import java.util.Map;
import org.kuzet.core.RecordChanged;

/** An evidence file was uploaded; the file is named by its SHA-256, so a second upload of it names the same record. */
public record FileStored(StoredFile file, String actor) implements RecordChanged {

    @Override
    public String recordKind() {
        return "stored_file";
    }

    @Override
    public String recordId() {
        return file.sha256();
    }

    @Override
    public String action() {
        return "file.stored";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return Map.of("media_type", file.mediaType(), "size_bytes", file.sizeBytes());
    }
}
