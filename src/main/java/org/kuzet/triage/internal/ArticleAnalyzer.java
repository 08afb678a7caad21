package org.kuzet.triage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kuzet.matching.Tokens;
import org.kuzet.triage.CategoryScore;
import org.kuzet.triage.Fact;
import org.kuzet.triage.Language;

/**
 * Reads an article as a monitor would: splits it into passages, keeps those that describe an incident (a cue word
 * of a counted category occurs and the model does not take the passage for context), proposes categories for each,
 * and finds the facts. An article that is an official reply yields the reply instead of candidates.
 */
public final class ArticleAnalyzer {

    static final double PROPOSAL_THRESHOLD = 0.15;
    static final int MOST_PROPOSALS = 4;
    /** A passage with no cue word is a candidate only when the calibrated model is this sure of a category. */
    static final double SURE_WITHOUT_CUES = 0.4;

    private final TriageModel model;
    private final FactFinder facts;

    public ArticleAnalyzer(TriageModel model, FactFinder facts) {
        this.model = model;
        this.facts = facts;
    }

    public static ArticleAnalyzer shipped() {
        return new ArticleAnalyzer(TriageModel.shipped(), FactFinder.shipped());
    }

    public Analysis analyze(String text) {
        Language language = LanguageDetector.detect(text);
        String article = text.substring(0, Passages.articleEnd(text));
        List<Fact> articleFacts = facts.find(article);
        List<Candidate> candidates = new ArrayList<>();
        for (Passage passage : Passages.of(text)) {
            Classification classification = model.classify(passage.text());
            if (!describesIncident(classification)) {
                continue;
            }
            List<CategoryScore> proposals = classification.proposals(PROPOSAL_THRESHOLD, MOST_PROPOSALS).stream()
                    .filter(p -> !p.category().equals(TriageCategories.CONTEXT)).toList();
            if (proposals.isEmpty()) {
                continue;
            }
            List<Fact> passageFacts = new ArrayList<>(articleFacts.stream()
                    .filter(f -> f.start() >= passage.start() && f.end() <= passage.end()).toList());
            if (passageFacts.stream().noneMatch(f -> f.kind() == Fact.Kind.PLACE)) {
                // a passage that names no place happened where the headline says ("Журналиста задержали в Атырау")
                articleFacts.stream().filter(f -> f.kind() == Fact.Kind.PLACE && f.end() <= headlineEnd(article))
                        .findFirst().ifPresent(passageFacts::add);
            }
            candidates.add(new Candidate(passage, proposals, classification.why(), passageFacts));
        }
        ReplyDetector.Verdict verdict = ReplyDetector.judge(article);
        if (verdict.reply()) {
            return new Analysis(language, articleFacts, List.of(), Optional.of(reply(article, articleFacts, candidates, verdict)));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return new Analysis(language, articleFacts, List.copyOf(candidates), Optional.empty());
    }

    /**
     * A text someone sent the service as one whole candidate, whatever the model makes of it: a person who took the
     * trouble to report an incident is read by a monitor, never dropped as context. Its categories are the model's
     * counted ones, best first; its facts are those of the whole text.
     */
    public Candidate whole(String text, String why) {
        Classification classification = model.classify(text);
        List<CategoryScore> proposals = classification.proposals(PROPOSAL_THRESHOLD, MOST_PROPOSALS).stream()
                .filter(p -> !p.category().equals(TriageCategories.CONTEXT)).toList();
        if (proposals.isEmpty()) {
            proposals = classification.ranked().stream()
                    .filter(p -> !p.category().equals(TriageCategories.CONTEXT)).limit(1).toList();
        }
        List<String> reasons = new ArrayList<>();
        reasons.add(why);
        reasons.addAll(classification.why());
        return new Candidate(new Passage(0, text.length(), text), proposals, List.copyOf(reasons), facts.find(text));
    }

    /** Where the article's first line, its headline, ends. */
    private static int headlineEnd(String article) {
        int end = article.indexOf('\n');
        return end < 0 ? 0 : end;
    }

    /** Not context, and either a cue word of a counted category occurs or the model is fairly sure on its own. */
    private static boolean describesIncident(Classification classification) {
        return !classification.category().equals(TriageCategories.CONTEXT)
                && (classification.score() >= SURE_WITHOUT_CUES
                        || classification.cues().stream().anyMatch(h -> TriageCategories.isKnown(h.cue().category())
                                && !h.cue().category().equals(TriageCategories.CONTEXT)));
    }

    private OfficialReply reply(String article, List<Fact> articleFacts, List<Candidate> candidates,
            ReplyDetector.Verdict verdict) {
        String speaker = articleFacts.stream().filter(f -> f.kind() == Fact.Kind.PERSON || f.kind() == Fact.Kind.STATE_BODY)
                .filter(f -> officialNear(article, f))
                .map(Fact::text).findFirst()
                .orElse(articleFacts.stream().filter(f -> f.kind() == Fact.Kind.STATE_BODY).map(Fact::text).findFirst().orElse(""));
        Set<String> concerns = new LinkedHashSet<>();
        for (Candidate candidate : candidates) {
            concerns.add(candidate.categories().getFirst().category());
        }
        if (concerns.isEmpty()) {
            concerns.add(model.classify(article).category());
        }
        return new OfficialReply(speaker, List.copyOf(concerns), verdict.score(), verdict.why());
    }

    /** A person named within a few words of an official title ("Aida Balayeva, Deputy Prime Minister"). */
    private static boolean officialNear(String article, Fact fact) {
        if (fact.kind() == Fact.Kind.STATE_BODY) {
            return true;
        }
        int from = Math.max(0, fact.start() - 60);
        int to = Math.min(article.length(), fact.end() + 80);
        String around = Tokens.lower(article.substring(from, to));
        return around.contains("minister") || around.contains("министр") || around.contains("akim")
                || around.contains("аким") || around.contains("әкім") || around.contains("spokes")
                || around.contains("пресс-секретар");
    }
}
