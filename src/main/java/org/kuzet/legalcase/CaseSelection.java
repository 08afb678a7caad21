package org.kuzet.legalcase;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the staff case list is narrowed to: words of the title (in any of its languages) or of the external id, the
 * kind and the stage; blank means any. The same selection lists the cases and chooses "all that match" for a bulk
 * action, so the two never differ.
 */
public record CaseSelection(String q, String kind, String stage) {

    public static final CaseSelection ANY = new CaseSelection(null, null, null);

    public CaseSelection {
        q = blankToNull(q);
        kind = blankToNull(kind);
        stage = blankToNull(stage);
    }

    /** The selection as the list's address says it ({@code kind=civil&stage=appeal}); empty for any. */
    public String queryString() {
        List<String> parts = new ArrayList<>();
        asParams().forEach((name, value) -> parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }

    /** The parameters given, for the hidden fields of a form that carries the selection. */
    public Map<String, String> asParams() {
        Map<String, String> params = new LinkedHashMap<>();
        if (q != null) {
            params.put("q", q);
        }
        if (kind != null) {
            params.put("kind", kind);
        }
        if (stage != null) {
            params.put("stage", stage);
        }
        return params;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
