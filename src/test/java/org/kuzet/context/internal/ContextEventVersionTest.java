package org.kuzet.context.internal;

import org.kuzet.reference.VersionedRecordTest;
import org.kuzet.security.Role;

/** Two editors correcting one context event: the second to save on the version both read is told, not written over. */
class ContextEventVersionTest extends VersionedRecordTest {

    private static final String READ = """
            {"date": "2024-05-02", "place": "kz-astana", "kind": "law",
             "title": "Amendments to the law on mass media signed"}""";

    @Override
    protected Sample sample() {
        return new Sample("/api/v1/context-events", READ, READ.replace("kz-astana", "kz-almaty"),
                READ.replace("signed", "adopted"), "$.place", "kz-almaty");
    }

    @Override
    protected Role role() {
        return Role.EDITOR;
    }
}
