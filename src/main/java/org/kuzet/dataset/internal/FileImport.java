package org.kuzet.dataset.internal;

import org.kuzet.dataset.ImportRun;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of importing one file: problems with the file as a whole (not JSON, wrong format, unknown section)
 * and the run of its sections. Anything in either means the file was rolled back and wrote nothing.
 */
public record FileImport(String file, List<String> fileProblems, ImportRun run) {

    public boolean rejected() {
        return !fileProblems.isEmpty() || run.rejected();
    }

    /** Every reason the file was rejected, each with its position ({@code incidents[3].place: ...}). */
    public List<String> problems() {
        List<String> all = new ArrayList<>(fileProblems);
        run.rejections().forEach(r -> all.add(r.toString()));
        return all;
    }
}
