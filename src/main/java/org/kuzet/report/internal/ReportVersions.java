package org.kuzet.report.internal;

import org.kuzet.report.Lang;
import org.kuzet.report.PublishedReport;
import org.kuzet.report.ReportDesk;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.core.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Published report versions. Rows are only ever added (a trigger refuses updates and deletes). Figures are stored
 * as a JSON list so their order survives; the hash covers the figures and the three texts, and can be recomputed
 * from the row to show the snapshot is what was published.
 */
@Repository
public class ReportVersions {

    private static final String COLUMNS =
            "period, version, figures, markdown_en, markdown_ru, markdown_kk, sha256, published_by, published_at, note";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public ReportVersions(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<PublishedReport> latest(String period) {
        return jdbc.sql("select " + COLUMNS + " from report_version where period = ? order by version desc limit 1")
                .param(period).query(this::row).optional();
    }

    /** The latest version of each period, newest period first. */
    public List<ReportDesk.Published> latestOfEachPeriod() {
        return jdbc.sql("""
                select distinct on (period) period, version, published_at, published_by from report_version
                order by period desc, version desc""")
                .query((rs, n) -> new ReportDesk.Published(rs.getString("period"), rs.getInt("version"),
                        rs.getObject("published_at", java.time.OffsetDateTime.class), rs.getString("published_by")))
                .list();
    }

    public Optional<PublishedReport> version(String period, int version) {
        return jdbc.sql("select " + COLUMNS + " from report_version where period = ? and version = ?")
                .params(period, version).query(this::row).optional();
    }

    public List<PublishedReport> all(String period) {
        return jdbc.sql("select " + COLUMNS + " from report_version where period = ? order by version")
                .param(period).query(this::row).list();
    }

    /** Locks the period for this transaction, so that two editors publishing at once get versions n and n+1. */
    public void lock(String period) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('report:' || ?))").param(period).query(Object.class).single();
    }

    public void add(PublishedReport r) {
        List<Map<String, Object>> figures = new ArrayList<>();
        r.figures().forEach((k, v) -> figures.add(Map.of("figure", k, "value", v)));
        jdbc.sql("insert into report_version (" + COLUMNS.replace(", published_at", "")
                        + ") values (?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?)")
                .params(r.period(), r.version(), json.writeValueAsString(figures), r.markdown().get(Lang.EN),
                        r.markdown().get(Lang.RU), r.markdown().get(Lang.KK), r.sha256(), r.publishedBy(), r.note())
                .update();
    }

    public static String sha256(Map<String, Long> figures, Map<Lang, String> markdown) {
        StringBuilder canonical = new StringBuilder();
        figures.forEach((k, v) -> canonical.append(k).append('\t').append(v).append('\n'));
        for (Lang lang : Lang.values()) {
            canonical.append("\n--- ").append(lang.code()).append(" ---\n").append(markdown.get(lang));
        }
        return Sha256.hex(canonical.toString());
    }

    private PublishedReport row(ResultSet rs, int n) throws SQLException {
        Map<String, Long> figures = new LinkedHashMap<>();
        for (JsonNode f : json.readTree(rs.getString("figures"))) {
            figures.put(f.get("figure").stringValue(), f.get("value").longValue());
        }
        Map<Lang, String> markdown = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            markdown.put(lang, rs.getString("markdown_" + lang.code()));
        }
        return new PublishedReport(rs.getString("period"), rs.getInt("version"), figures, markdown,
                rs.getString("sha256"), rs.getString("published_by"), rs.getObject("published_at", OffsetDateTime.class),
                rs.getString("note"));
    }
}
