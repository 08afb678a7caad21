package org.kuzet.incident;

import org.kuzet.incident.internal.IncidentRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.reference.ApiReferences;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An incident's references are looked up as every record's are ({@link ApiReferences}): an id or an external id. The
 * JSON body types them as numbers; the staff pages' form holds them as text, where an external id is found too.
 */
class IncidentReferencesTest extends IncidentApiSupport {

    @Autowired
    IncidentRules rules;
    @Autowired
    ApiReferences references;

    String tag;
    long outlet;
    long source;

    @BeforeEach
    void anOutletAndASourceWithExternalIds() {
        tag = UUID.randomUUID().toString();
        outlet = jdbc.sql("insert into actor (external_id, kind, actor_type, name) "
                + "values (?, 'organisation', 'media_outlet', ?) returning id")
                .params("actor/ref-" + tag, "Reference test outlet " + tag).query(Long.class).single();
        source = jdbc.sql("insert into source (external_id, kind, title) values (?, 'other', 'Reference test') "
                + "returning id").param("source/ref-" + tag).query(Long.class).single();
    }

    @Test
    void externalIdsNameTheActorAndTheSource() {
        IncidentForm form = json.convertValue(naming("actor/ref-" + tag, "source/ref-" + tag), IncidentForm.class);

        IncidentContent content = rules.check(form, references);

        assertThat(content.victims().getFirst().actor()).isEqualTo(outlet);
        assertThat(content.sources()).containsExactly(source);
    }

    @Test
    void databaseIdsStillNameThemThroughTheApi() throws Exception {
        long id = create(naming(outlet, source));

        assertThat(victimActor(id)).isEqualTo(outlet);
        assertThat(sourceOf(id)).isEqualTo(source);
    }

    @Test
    void aReferenceToNothingNamesTheFieldAndWhatAReferenceMayBe() throws Exception {
        long none = outlet + 1_000_000;
        send(post("/api/v1/incidents"), monitor(), naming(none, source))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("victims[0].actor"))
                .andExpect(jsonPath("$.errors[0].message").value("no actor with id or external id '" + none + "'"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> naming(Object actor, Object source) {
        Map<String, Object> body = tobolInfo();
        ((List<Map<String, Object>>) body.get("victims")).get(0).put("actor", actor);
        body.put("sources", List.of(source));
        return body;
    }

    private long victimActor(long incident) {
        return jdbc.sql("select actor_id from incident_victim where incident_id = ?").param(incident)
                .query(Long.class).single();
    }

    private long sourceOf(long incident) {
        return jdbc.sql("select source_id from incident_source where incident_id = ?").param(incident)
                .query(Long.class).single();
    }
}
