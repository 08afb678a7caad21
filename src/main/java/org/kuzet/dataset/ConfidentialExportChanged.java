package org.kuzet.dataset;

import java.util.Map;
import org.kuzet.core.RecordChanged;

/**
 * A step of an export with confidential data: requested (with its reason), approved (with its expiry), refused, or
 * downloaded. The export's content is never part of what is recorded.
 */
public record ConfidentialExportChanged(long id, String verb, String actor, Map<String, Object> after)
        implements RecordChanged {

    @Override
    public String recordKind() {
        return "confidential_export";
    }

    @Override
    public String recordId() {
        return Long.toString(id);
    }

    @Override
    public String action() {
        return "confidential_export." + verb;
    }

    @Override
    public Object before() {
        return null;
    }
}
