package org.kuzet.incident;

import org.kuzet.api.OnVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.api.InvalidInput;
import org.kuzet.core.RecordChanged;
import org.kuzet.security.Role;
import org.kuzet.security.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Every step of an incident announces itself once, as what it is, with the incident before and after. */
@SpringBootTest
@RecordApplicationEvents
class IncidentEventsTest {

    private static final Viewer MONITOR = new Viewer("events-monitor", Role.MONITOR);
    private static final Viewer EDITOR = new Viewer("events-editor", Role.EDITOR);

    @Autowired
    IncidentDesk desk;
    @Autowired
    ApplicationEvents events;

    private static IncidentForm form(String title) {
        return new IncidentForm(title, "", "2025-03", "kz-kostanay", "threats", null, null, null, null, null, null,
                null, null, null);
    }

    @Test
    void eachStepPublishesItsEvent() {
        Incident draft = desk.record(form("Threats to a Kostanay editor"), null, MONITOR, Origin.Way.API);
        long id = draft.id();
        desk.revise(id, form("Threats to a Kostanay editor, again"), OnVersion.stated(1), MONITOR);
        desk.submit(id, OnVersion.stated(2), MONITOR);
        desk.returnToDraft(id, OnVersion.stated(3), EDITOR);
        desk.submit(id, OnVersion.stated(4), MONITOR);
        desk.reject(id, "not about the press", OnVersion.stated(5), EDITOR);
        desk.reopen(id, OnVersion.stated(6), MONITOR);
        desk.submit(id, OnVersion.stated(7), MONITOR);
        desk.publish(id, OnVersion.stated(8), EDITOR);
        desk.correct(id, form("Threats to a Kostanay editor (corrected)"), "title", OnVersion.stated(9), EDITOR);

        List<IncidentEvent> published = events.stream(IncidentEvent.class).filter(e -> e.id() == id).toList();
        assertThat(published).extracting(RecordChanged::action).containsExactly("incident.recorded",
                "incident.edited", "incident.submitted", "incident.returned", "incident.submitted",
                "incident.rejected", "incident.reopened", "incident.submitted", "incident.published",
                "incident.corrected");
        assertThat(published).extracting(RecordChanged::recordKind).containsOnly("incident");
        assertThat(published).extracting(RecordChanged::recordId).containsOnly(Long.toString(id));
        IncidentEvent.Recorded recorded = (IncidentEvent.Recorded) published.getFirst();
        assertThat(recorded.actor()).isEqualTo("events-monitor");
        assertThat(recorded.origin().way()).isEqualTo(Origin.Way.API);
        assertThat(recorded.before()).isNull();
        IncidentEvent.Stepped publishing = (IncidentEvent.Stepped) published.get(8);
        assertThat(publishing.actor()).isEqualTo("events-editor");
        assertThat(publishing.before().state()).isEqualTo("in_review");
        assertThat(publishing.after().state()).isEqualTo("published");
        IncidentEvent.Stepped corrected = (IncidentEvent.Stepped) published.getLast();
        assertThat(corrected.step()).isEqualTo(IncidentEvent.Step.CORRECTED);
        assertThat(corrected.before().title()).isEqualTo("Threats to a Kostanay editor, again");
        assertThat(corrected.after().title()).isEqualTo("Threats to a Kostanay editor (corrected)");
    }

    @Test
    void aRefusedChangeAnnouncesNothing() {
        Incident draft = desk.record(form("Refused steps"), null, MONITOR, Origin.Way.FORM);
        assertThatThrownBy(() -> desk.revise(draft.id(), form(" "), OnVersion.stated(1), MONITOR))
                .isInstanceOf(InvalidInput.class);
        assertThat(events.stream(IncidentEvent.class).filter(e -> e.id() == draft.id()))
                .extracting(RecordChanged::action).containsExactly("incident.recorded");
    }
}
