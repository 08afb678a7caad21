package org.kuzet.actor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kuzet.dataset.ImportRun;
import org.kuzet.dataset.ImportRun.Tally;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/** An actor recorded through the API and exported imports back as unchanged (its content hash is kept too). */
@SpringBootTest
class ActorSectionTest {

    @Autowired
    ActorStore store;
    @Autowired
    ActorSection section;
    @Autowired
    JsonMapper json;

    @Test
    void anActorWrittenThroughTheApiIsUnchangedByImportingItsExport() {
        long id = store.create(new ActorInput(null, "organisation", "media_outlet", "TobolInfo",
                List.of("ТоболИнфо"), "Kostanay outlet"), null);
        Map<?, ?> exported = section.exportRecords().stream()
                .filter(r -> ("actor/" + id).equals(r.get("external_id"))).findFirst().orElseThrow();
        ImportRun run = new ImportRun(name -> Optional.empty());
        section.importRecords(List.of(json.valueToTree(exported)), run);
        assertThat(run.rejections()).isEmpty();
        assertThat(run.tallies()).containsEntry("actors", new Tally(0, 0, 1));
        assertThat(store.find(id).orElseThrow().revision()).isEqualTo(1);
    }
}
