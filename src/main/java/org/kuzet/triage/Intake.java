package org.kuzet.triage;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.kuzet.api.InvalidInput;
import org.kuzet.matching.TextMatching;
import org.kuzet.triage.internal.Analysis;
import org.kuzet.triage.internal.ArticleAnalyzer;
import org.kuzet.triage.internal.Candidate;
import org.kuzet.triage.internal.FactFinder;
import org.kuzet.triage.internal.MainText;
import org.kuzet.triage.internal.Passages;
import org.kuzet.triage.internal.TriageModels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an article in (uploaded text or HTML, a single URL, or a feed's entry), stores it once (a known URL is
 * not read again; the same story elsewhere joins its group), and queues its candidates or its official reply. A
 * duplicate of a story already triaged adds no candidates: the monitor sees the story once.
 */
@Service
public class Intake {

    private final Articles articles;
    private final CandidateQueue queue;
    private final TriageModels models;
    private final TextMatching matching;

    Intake(Articles articles, CandidateQueue queue, TriageModels models, TextMatching matching) {
        this.articles = articles;
        this.queue = queue;
        this.models = models;
        this.matching = matching;
    }

    public record Result(TriageArticle article, boolean known, boolean duplicate, int candidates) {
    }

    @Transactional
    public Result text(String url, String outlet, String title, String text, OffsetDateTime fetchedAt, Long feedId) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("text", "problem.articleNoText");
        }
        Optional<TriageArticle> known = articles.findByUrl(url);
        if (known.isPresent()) {
            return new Result(known.get(), true, false, 0);
        }
        String clean = text.replace("\r\n", "\n").strip();
        Analysis analysis = new ArticleAnalyzer(models.current(), new FactFinder(matching.places())).analyze(clean);
        TriageArticle article = articles.add(url, outlet, title, fetchedAt, analysis.language(), clean, feedId);
        if (article.groupId() != null) {
            return new Result(article, false, true, 0);
        }
        int count = 0;
        if (analysis.reply().isPresent()) {
            queue.addReply(article.id(), clean.substring(0, Passages.articleEnd(clean)), analysis.reply().get(), analysis.facts());
            count++;
        }
        for (Candidate candidate : analysis.candidates()) {
            queue.add(article.id(), candidate);
            count++;
        }
        return new Result(article, false, false, count);
    }

    @Transactional
    public Result html(String url, String outlet, String html, OffsetDateTime fetchedAt, Long feedId) {
        MainText.Page page = MainText.of(html, url);
        if (page.text().isBlank()) {
            throw InvalidInput.of("file", "problem.pageNoText");
        }
        return text(url, outlet, page.title(), page.text(), fetchedAt, feedId);
    }
}
