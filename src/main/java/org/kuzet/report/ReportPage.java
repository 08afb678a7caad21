package org.kuzet.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the report page ({@code report/page}) shows of one report: its title, period, language, version and body,
 * the same for the public's published version and the staff's live preview.
 */
public record ReportPage(String title, String periodKey, String lang, Integer version, String body,
        boolean staffPreview) {

    public static ReportPage of(ReportRequest request, ReportDesk.Content content, boolean staffPreview) {
        return new ReportPage(content.title(), request.period().key(), request.lang().code(), content.version(),
                content.html(), staffPreview);
    }

    /** The page's model, by the names the template reads. */
    public Map<String, Object> attributes() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("reportTitle", title);
        model.put("periodKey", periodKey);
        model.put("reportLang", lang);
        model.put("version", version);
        model.put("reportBody", body);
        model.put("staffPreview", staffPreview);
        return model;
    }
}
