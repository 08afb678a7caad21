package org.kuzet.actor.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.actor.Actor;
import org.kuzet.core.Texts;
import org.kuzet.reference.JsonRecord;

/** An actor as a client or a dataset file writes it. */
record ActorInput(String externalId, String kind, String actorType, String name, List<String> aliases,
        String description, Texts texts) {

    /** An actor whose description has no translation, in the language its letters suggest. */
    ActorInput(String externalId, String kind, String actorType, String name, List<String> aliases,
            String description) {
        this(externalId, kind, actorType, name, aliases, description, null);
    }

    ActorInput {
        // the description is the original; the texts hold its language and its translations (no title)
        texts = texts == null ? Texts.of(null, description) : texts.withOriginal(null, description);
    }

    static final List<String> KINDS = List.of("person", "organisation");
    static final List<String> TYPES = List.of("journalist", "blogger", "editor", "media_outlet", "newsmaker", "lawyer",
            "human_rights_defender", "citizen", "state_body", "law_enforcement", "court", "official", "company",
            "private_person", "foreign_state", "international_organisation", "ngo", "politician", "other");
    static final List<String> FIELDS = List.of("external_id", "kind", "actor_type", "name", "aliases",
            "description", "language", "translations");

    /** The stored actor's content, as the dataset and the audit trail write it. */
    static ActorInput of(Actor actor) {
        return new ActorInput(actor.externalId(), actor.kind(), actor.actorType(), actor.name(), actor.aliases(),
                actor.description(), new Texts(actor.language(), null, actor.description(), actor.translations()));
    }

    static ActorInput read(JsonRecord r) {
        String name = r.text("name", true);
        List<String> aliases = new ArrayList<>();
        for (String alias : r.texts("aliases")) {
            if (!alias.equals(name) && !aliases.contains(alias)) {
                aliases.add(alias);
            }
        }
        String description = r.text("description", false);
        String text = description == null ? "" : description;
        return new ActorInput(r.text("external_id", false), r.choice("kind", KINDS, true),
                r.choice("actor_type", TYPES, false), name, aliases.stream().sorted().toList(), text,
                r.texts(null, text));
    }

    /** The record in the dataset format; also what its content hash is computed from. */
    Map<String, Object> toRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("external_id", externalId);
        record.put("kind", kind);
        record.put("actor_type", actorType);
        record.put("name", name);
        record.put("aliases", aliases);
        record.put("description", description);
        record.put("language", texts.language());
        if (!texts.translations().isEmpty()) {
            record.put("translations", texts.translations());
        }
        return record;
    }
}
