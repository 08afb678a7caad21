package org.kuzet.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A source written through the door announces itself, with what it holds before and after. */
@SpringBootTest
@RecordApplicationEvents
class SourceEventsTest {

    @Autowired
    Sources sources;
    @Autowired
    ApplicationEvents events;

    @Test
    void recordingAndChangingASourcePublishTheirEvents() {
        ObjectNode fields = JsonMapper.builder().build().createObjectNode();
        fields.put("kind", "media_article");
        fields.put("title", "Events of a source");
        long id = sources.record(fields, "source-events");
        fields.put("title", "Events of a source, retitled");
        sources.change(id, sources.read(fields), "source-events");

        assertThat(events.stream(SourceEvent.class).filter(e -> e.id() == id))
                .extracting(SourceEvent::action).containsExactly("source.recorded", "source.changed");
        SourceEvent changed = events.stream(SourceEvent.class).filter(e -> e.id() == id).skip(1)
                .findFirst().orElseThrow();
        assertThat(changed.before()).containsEntry("title", "Events of a source");
        assertThat(changed.after()).containsEntry("title", "Events of a source, retitled");
        assertThat(changed.actor()).isEqualTo("source-events");
    }
}
