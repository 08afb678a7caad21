package org.kuzet.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.api.InvalidInput;
import org.kuzet.calendar.PartialDate;
import org.kuzet.incident.IncidentEvent;
import org.kuzet.incident.Origin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A report's drafts go through the incident module's door: its rules refuse a bad place or date, as the API's do. */
@SpringBootTest
@RecordApplicationEvents
class ArchiveThroughTheDoorsTest {

    @Autowired
    ArchiveImport archive;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @Test
    void anItemWithAPlaceOrDateTheRulesRefuseRefusesTheReportAndStoresNothing() {
        Extraction march = Reports.extract("/fixtures/report-2024-03.txt");
        int incident = firstIncidentItem(march);
        List<NarrativeItem> items = new ArrayList<>(march.items());
        NarrativeItem item = items.get(incident);
        items.set(incident, new NarrativeItem(new PartialDate(java.time.LocalDate.of(2999, 1, 1),
                PartialDate.Precision.DAY), "kz-nowhere", item.places(), item.outlets(), item.people(),
                item.category(), false, null, item.text(), item.start(), item.end()));
        Extraction bad = new Extraction(march.file(), new ReportText(march.report().text() + "\n",
                "beef" + march.report().sha256().substring(4)), march.month(), march.published(), march.figures(),
                march.indicators(), items, march.warnings(), march.unused());
        long sources = count("source");

        assertThatThrownBy(() -> archive.store(bad, "tester")).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(p -> p.field())
                        .containsExactlyInAnyOrder("items[" + incident + "].date", "items[" + incident + "].place"));
        assertThat(count("source")).isEqualTo(sources);
        assertThat(archive.reportWithSha256(bad.report().sha256())).isEmpty();
    }

    @Test
    void eachDraftIsRecordedWithTheReportAsItsOrigin() {
        Extraction march = Reports.extract("/fixtures/report-2024-03.txt");
        Extraction copy = new Extraction("copy-" + march.file(), new ReportText(march.report().text() + "\n\n",
                "cafe" + march.report().sha256().substring(4)), march.month(), march.published(),
                // without its figures: the month's published statistics stay those of the report itself
                List.of(), List.of(), march.items(), march.warnings(), march.unused());
        ArchiveImport.Outcome outcome = archive.store(copy, "tester");
        List<IncidentEvent.Recorded> recorded = events.stream(IncidentEvent.Recorded.class)
                .filter(e -> e.origin().way() == Origin.Way.ARCHIVE_REPORT).toList();
        assertThat(recorded).hasSize(outcome.draftIncidents());
        assertThat(recorded).allSatisfy(e -> {
            assertThat(e.origin().reference()).isEqualTo(copy.file());
            assertThat(e.actor()).isEqualTo("tester");
        });
    }

    private static int firstIncidentItem(Extraction e) {
        for (int i = 0; i < e.items().size(); i++) {
            NarrativeItem item = e.items().get(i);
            if (!item.context() && item.category() != null && !item.category().equals("context")) {
                return i;
            }
        }
        throw new IllegalStateException("the report has no incident item");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
