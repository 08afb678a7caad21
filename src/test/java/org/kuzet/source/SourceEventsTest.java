package org.kuzet.source;

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
        sources.change(id, fields, "source-events");

        assertThat(changesOf(events, id))
                .extracting(RecordChange::action).containsExactly("source.recorded", "source.changed");
        RecordChange changed = changesOf(events, id).skip(1)
                .findFirst().orElseThrow();
        assertThat(changed.before()).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("title", "Events of a source");
        assertThat(changed.after()).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("title", "Events of a source, retitled");
        assertThat(changed.actor()).isEqualTo("source-events");
    }

    private static java.util.stream.Stream<RecordChange> changesOf(ApplicationEvents events, long id) {
        return events.stream(RecordChange.class).filter(e -> e.recordKind().equals("source") && e.id() == id);
    }
}
