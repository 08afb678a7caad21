package org.kuzet.triage.internal;

import java.util.List;
import java.util.Optional;
import org.kuzet.triage.Fact;
import org.kuzet.triage.Language;

/** What triage makes of an article: its language and facts, the incident candidates, or an official reply. */
public record Analysis(Language language, List<Fact> facts, List<Candidate> candidates, Optional<OfficialReply> reply) {
}
