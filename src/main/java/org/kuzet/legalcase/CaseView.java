package org.kuzet.legalcase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a case in the dataset format (the API answers in the same shape, plus its id and revision): references
 * are external ids where the referenced record has one, database ids otherwise, so that what is written can be
 * read back.
 */
@Component
public class CaseView {

    private final JdbcClient jdbc;

    CaseView(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Object> of(LegalCase c, boolean withId) {
        CaseFacts f = c.facts();
        Map<String, Object> m = new LinkedHashMap<>();
        if (withId) {
            m.put("id", c.id());
        }
        m.put("external_id", f.externalId());
        m.put("title", f.title());
        m.put("language", f.texts().language());
        if (!f.texts().translations().isEmpty()) {
            m.put("translations", f.texts().translations());
        }
        m.put("kind", f.kind());
        m.put("stage", c.stage().code());
        m.put("basis", f.basis());
        m.put("court", f.court());
        m.put("opened_on", f.openedOn().toString());
        m.put("direction", f.direction());
        m.put("honour_and_dignity", f.honourAndDignity());
        List<Map<String, Object>> parties = new ArrayList<>();
        for (CaseParty p : f.parties()) {
            Map<String, Object> party = new LinkedHashMap<>();
            party.put("actor", p.actorId() == null ? null : reference("actor", p.actorId()));
            party.put("name", p.name());
            party.put("role", p.role());
            parties.add(party);
        }
        m.put("parties", parties);
        m.put("claimed_kzt", f.claimedKzt());
        m.put("awarded_kzt", c.awardedKzt());
        m.put("collected_kzt", c.collectedKzt());
        m.put("incidents", f.incidentIds().stream().map(id -> reference("incident", id)).toList());
        List<Map<String, Object>> events = new ArrayList<>();
        // by date: a hearing set ahead was recorded before the steps that happen until it is held
        for (CaseEvent e : c.events().stream().sorted(java.util.Comparator.comparing(CaseEvent::date)).toList()) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("date", e.date().toString());
            event.put("kind", e.kind().code());
            event.put("description", e.description());
            event.put("in_favour_of_media", e.inFavourOfMedia());
            event.put("amount_kzt", e.amountKzt());
            events.add(event);
        }
        m.put("events", events);
        return m;
    }

    private Object reference(String table, long id) {
        return jdbc.sql("select external_id from " + table + " where id = ?").param(id).query(String.class)
                .optional().<Object>map(ext -> ext).orElse(id);
    }
}
