package org.kuzet.actor.internal;

import org.kuzet.reference.VersionedRecordTest;

/** Two monitors editing one actor: the second to save on the version both read is told, not written over. */
class ActorVersionTest extends VersionedRecordTest {

    private static final String READ = """
            {"kind": "person", "actor_type": "journalist", "name": "Dinara Yegeubayeva"}""";

    @Override
    protected Sample sample() {
        return new Sample("/api/v1/actors", READ, READ.replace("journalist", "editor"),
                READ.replace("Yegeubayeva", "Egeubaeva"), "$.actor_type", "editor");
    }
}
