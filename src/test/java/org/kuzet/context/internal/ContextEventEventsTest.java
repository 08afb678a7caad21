package org.kuzet.context.internal;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.kuzet.core.RecordChange;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A context event written through the door announces itself, with what it holds before and after. */
@SpringBootTest
@RecordApplicationEvents
class ContextEventEventsTest {

    @Autowired
    ContextEventWriter contextEvents;
    @Autowired
    ApplicationEvents events;

    @Test
    void recordingAndChangingAnEventPublishTheirEvents() {
        ObjectNode fields = JsonMapper.builder().build().createObjectNode();
        fields.put("date", "2024-03");
        fields.put("kind", "draft_law");
        fields.put("title", "A draft law on mass media");
        long id = contextEvents.record(fields, "context-events");
        fields.put("title", "A draft law on mass media, second reading");
        contextEvents.change(id, contextEvents.read(fields), "context-events");

        assertThat(changesOf(events, id))
                .extracting(RecordChange::action)
                .containsExactly("context_event.recorded", "context_event.changed");
        RecordChange changed = changesOf(events, id).skip(1)
                .findFirst().orElseThrow();
        assertThat(changed.before()).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("title", "A draft law on mass media");
        assertThat(changed.after()).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("title", "A draft law on mass media, second reading");
    }

    private static java.util.stream.Stream<RecordChange> changesOf(ApplicationEvents events, long id) {
        return events.stream(RecordChange.class).filter(e -> e.recordKind().equals("context_event") && e.id() == id);
    }
}
