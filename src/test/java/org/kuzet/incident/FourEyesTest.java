package org.kuzet.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.api.Forbidden;
import org.kuzet.api.OnVersion;
import org.kuzet.security.Role;
import org.kuzet.security.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** With four eyes on, whoever recorded an incident cannot publish it; a second editor can. Its own incident. */
@SpringBootTest(properties = "kuzet.review.four-eyes=true")
class FourEyesTest {

    private static final OnVersion ANY = new OnVersion("*", null);

    @Autowired
    IncidentDesk desk;
    @Autowired
    Incidents incidents;

    @Test
    void theEditorWhoRecordedItCannotPublishItASecondEditorCan() {
        Viewer dana = new Viewer("editor.dana.four-eyes", Role.EDITOR);
        Viewer erlan = new Viewer("editor.erlan.four-eyes", Role.EDITOR);
        Incident recorded = desk.record(new IncidentForm("Cameraman detained at a rally in Oral " + UUID.randomUUID(),
                "", "2025-06-01", "kz-oral", "detention", null, null, null, null, null, null, null, null, null), null, dana, Origin.Way.FORM);
        desk.submit(recorded.id(), ANY, dana);

        Incident inReview = incidents.find(recorded.id()).orElseThrow();
        assertThat(desk.mayPublish(inReview, dana)).isFalse();
        assertThat(desk.mayPublish(inReview, erlan)).isTrue();
        assertThatThrownBy(() -> desk.publish(recorded.id(), ANY, dana))
                .isInstanceOf(Forbidden.class).hasMessageContaining("a second person reviews and publishes it");
        assertThat(desk.publish(recorded.id(), ANY, erlan).state())
                .isEqualTo(WorkflowState.PUBLISHED);
    }
}
