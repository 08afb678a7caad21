package org.kuzet.triage;

import java.util.List;
import java.util.Optional;

/** What triage makes of an article: its language and facts, the incident candidates, or an official reply. */
public record Analysis(Language language, List<Fact> facts, List<Candidate> candidates, Optional<OfficialReply> reply) {
}
