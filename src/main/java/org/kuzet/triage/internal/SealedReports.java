package org.kuzet.triage.internal;

import java.util.function.UnaryOperator;
import org.kuzet.crypto.FieldCipher;
import org.kuzet.triage.StoredCandidate;
import org.kuzet.triage.TriageArticle;
import org.springframework.stereotype.Component;

/**
 * What people report to Kuzet directly (the public form, a correspondent's phone) is kept sealed in triage too: the
 * article's title and text, and its candidate's passage, facts and reasons (record kind {@value #KIND}, staff only).
 * News articles stay as they are. A record is {@link #shown} to the caller by the security module's rules (the
 * staff's triage pages) and opened {@link #forWork} where the server compares it in memory (grouping by event,
 * training) and shows nothing. A sealed JSON column holds one JSON string, the sealed text of the JSON.
 */
@Component
public class SealedReports {

    /** The record kind of reports told to Kuzet, for security.Visibility and their data key. */
    public static final String KIND = "public_report";
    private static final String FIELD = "text";
    private static final String SEALED_JSON = "\"" + FieldCipher.PREFIX;

    private final FieldCipher cipher;

    SealedReports(FieldCipher cipher) {
        this.cipher = cipher;
    }

    public String seal(String plain) {
        return cipher.seal(KIND, plain);
    }

    /** A text opened for the server's own work, shown to nobody. */
    public String openForWork(String stored) {
        return cipher.openForServer(KIND, stored);
    }

    /** A JSON value sealed, as a JSON string for a jsonb column (a sealed one stays as it is). */
    public String sealJson(String json) {
        return sealedJson(json) ? json : "\"" + seal(json) + "\"";
    }

    /** Whether a stored JSON value is sealed. */
    public static boolean sealedJson(String stored) {
        return stored != null && stored.startsWith(SEALED_JSON);
    }

    /** The article as the caller may read it (an empty text and title for a caller who may not). */
    public TriageArticle shown(TriageArticle article) {
        return opened(article, stored -> orEmpty(cipher.open(KIND, FIELD, stored)));
    }

    public TriageArticle forWork(TriageArticle article) {
        return opened(article, stored -> cipher.openForServer(KIND, stored));
    }

    /** The candidate as the caller may read it (nothing of its passage, facts and reasons for one who may not). */
    public StoredCandidate shown(StoredCandidate candidate) {
        return opened(candidate, stored -> orEmpty(cipher.open(KIND, FIELD, stored)),
                stored -> orNothing(cipher.open(KIND, FIELD, unquoted(stored))));
    }

    public StoredCandidate forWork(StoredCandidate candidate) {
        return opened(candidate, stored -> cipher.openForServer(KIND, stored),
                stored -> cipher.openForServer(KIND, unquoted(stored)));
    }

    private static TriageArticle opened(TriageArticle a, UnaryOperator<String> open) {
        if (!FieldCipher.sealed(a.text())) {
            return a;
        }
        return new TriageArticle(a.id(), a.url(), a.outlet(), open.apply(a.title()), a.fetchedAt(), a.language(),
                open.apply(a.text()), a.sha256(), a.groupId());
    }

    private static StoredCandidate opened(StoredCandidate c, UnaryOperator<String> open,
            UnaryOperator<String> openJson) {
        if (!FieldCipher.sealed(c.passage())) {
            return c;
        }
        return new StoredCandidate(c.id(), c.articleId(), c.kind(), c.passageStart(), c.passageEnd(),
                open.apply(c.passage()), c.primaryCategory(), c.score(), c.categories(),
                sealedJson(c.why()) ? openJson.apply(c.why()) : c.why(),
                sealedJson(c.facts()) ? openJson.apply(c.facts()) : c.facts(), c.status(), c.reason(), c.decidedBy(),
                c.decidedAt(), c.incidentId(), c.eventId());
    }

    private static String unquoted(String json) {
        return json.substring(1, json.length() - 1);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String orNothing(String json) {
        return json == null ? "[]" : json;
    }
}
