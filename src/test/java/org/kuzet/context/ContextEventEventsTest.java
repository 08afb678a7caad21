package org.kuzet.context;

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
    ContextEvents contextEvents;
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

        assertThat(events.stream(ContextEventChanged.class).filter(e -> e.id() == id))
                .extracting(ContextEventChanged::action)
                .containsExactly("context_event.recorded", "context_event.changed");
        ContextEventChanged changed = events.stream(ContextEventChanged.class).filter(e -> e.id() == id).skip(1)
                .findFirst().orElseThrow();
        assertThat(changed.before()).containsEntry("title", "A draft law on mass media");
        assertThat(changed.after()).containsEntry("title", "A draft law on mass media, second reading");
    }
}
