package org.kuzet.report;

import org.kuzet.report.internal.ReportVersions;
import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

/** Recomputes the SHA-256 of every stored version from its stored content. */
final class PublishedReportCheck {

    static void assertHashes(JdbcClient jdbc, ObjectMapper json) {
        ReportVersions versions = new ReportVersions(jdbc, json);
        for (String period : jdbc.sql("select distinct period from report_version").query(String.class).list()) {
            for (PublishedReport r : versions.all(period)) {
                assertThat(ReportVersions.sha256(r.figures(), r.markdown())).as("%s v%d", period, r.version())
                        .isEqualTo(r.sha256());
            }
        }
    }
}
