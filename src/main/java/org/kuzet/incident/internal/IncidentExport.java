package org.kuzet.incident.internal;

import org.kuzet.incident.Incident;
import org.kuzet.incident.IncidentContent;
import org.kuzet.incident.Incidents;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every incident in the dataset format: references written as external ids, so that the export imported into
 * another database recreates the same incidents.
 */
@Component
class IncidentExport {

    private final JdbcClient jdbc;
    private final Incidents incidents;

    IncidentExport(JdbcClient jdbc, Incidents incidents) {
        this.jdbc = jdbc;
        this.incidents = incidents;
    }

    List<Map<String, Object>> records() {
        List<Long> ids = jdbc.sql("select id from incident order by id").query(Long.class).list();
        Map<Long, String> actors = externalIds("actor", "actor/");
        Map<Long, String> sources = externalIds("source", "source/");
        Map<Long, String> incidentIds = externalIds("incident", "incident/");
        return incidents.findAll(ids).stream().map(i -> record(i, actors, sources, incidentIds)).toList();
    }

    private static Map<String, Object> record(Incident incident, Map<Long, String> actors, Map<Long, String> sources,
            Map<Long, String> incidentIds) {
        IncidentContent c = incident.content();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("external_id", incident.externalId());
        r.put("title", c.title());
        r.put("summary", c.summary());
        r.put("language", c.texts().language());
        if (!c.texts().translations().isEmpty()) {
            r.put("translations", c.texts().translations());
        }
        r.put("date", c.date().toString());
        r.put("place", c.place());
        r.put("primary_category", c.primaryCategory());
        r.put("categories", c.categories());
        r.put("people_affected", c.peopleAffected());
        r.put("verification", c.verification().code());
        r.put("independent_sources", c.independentSources());
        r.put("state", incident.state().code());
        r.put("victims", c.victims().stream().map(v -> {
            Map<String, Object> victim = new LinkedHashMap<>();
            victim.put("actor", v.actor() == null ? null : actors.get(v.actor()));
            victim.put("name", v.name());
            victim.put("kind", v.kind().code());
            victim.put("role", v.role());
            victim.put("gender", v.gender() == null ? null : v.gender().code());
            victim.put("contact", v.contact());
            return victim;
        }).toList());
        r.put("perpetrators", c.perpetrators().stream().map(p -> {
            Map<String, Object> perpetrator = new LinkedHashMap<>();
            perpetrator.put("actor", p.actor() == null ? null : actors.get(p.actor()));
            perpetrator.put("name", p.name());
            perpetrator.put("type", p.type().code());
            return perpetrator;
        }).toList());
        r.put("sources", c.sources().stream().map(sources::get).toList());
        r.put("linked_incidents", c.linkedIncidents().stream().map(incidentIds::get).toList());
        r.put("confidential_notes", c.confidentialNotes());
        if (c.historical()) {
            r.put("historical", true); // written only when set, so that files of recent incidents stay as they were
        }
        return r;
    }

    /**
     * The external id of every record of a table; a record stored without one is named by its database id under
     * the table's prefix, the form the API gives incidents it creates.
     */
    private Map<Long, String> externalIds(String table, String prefix) {
        Map<Long, String> ids = new HashMap<>();
        // table is one of three constants of this class, never caller input
        jdbc.sql("select id, coalesce(external_id, ? || id) from " + table).param(prefix)
                .query((rs, n) -> ids.put(rs.getLong(1), rs.getString(2))).list();
        return ids;
    }
}
