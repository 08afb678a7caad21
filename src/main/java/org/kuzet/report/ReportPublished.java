package org.kuzet.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kuzet.core.RecordChanged;

/**
 * A version of a period's report was published. The trail names the version, its hash (which covers the frozen
 * figures and text in every language) and the editor's note; the text itself stays in report_version.
 */
public record ReportPublished(PublishedReport report) implements RecordChanged {

    @Override
    public String recordKind() {
        return "report";
    }

    @Override
    public String recordId() {
        return report.period();
    }

    @Override
    public String action() {
        return "report.published";
    }

    @Override
    public String actor() {
        return report.publishedBy();
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("version", report.version());
        after.put("sha256", report.sha256());
        after.put("note", report.note());
        return after;
    }
}
