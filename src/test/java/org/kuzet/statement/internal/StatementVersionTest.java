package org.kuzet.statement.internal;

import org.kuzet.reference.VersionedRecordTest;

/** Two monitors correcting one statement: the second to save on the version both read is told, not written over. */
class StatementVersionTest extends VersionedRecordTest {

    private static final String READ = """
            {"speaker_name": "Ministry of Information", "date": "2024-06", "stance": "statement",
             "summary": "The ministry comments on the blocking of a news site."}""";

    @Override
    protected Sample sample() {
        return new Sample("/api/v1/statements", READ, READ.replace("\"statement\"", "\"rebuttal\""),
                READ.replace("2024-06", "2024-07"), "$.stance", "rebuttal");
    }
}
