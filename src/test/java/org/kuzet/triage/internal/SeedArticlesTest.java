package org.kuzet.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kuzet.triage.internal.FixtureArticles.MINISTER;
import static org.kuzet.triage.internal.FixtureArticles.OSCE;
import static org.kuzet.triage.internal.FixtureArticles.REBUTTAL;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.spelling.Spelling;
import org.kuzet.triage.Fact;

/**
 * The incidents that the OSCE and minister articles describe (the facts of seeds 001 and 003) each come out as a
 * candidate; the rebuttal (seed 000) comes out as a reply.
 */
class SeedArticlesTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.shipped();

    private static Analysis article(String name) {
        return ANALYZER.analyze(FixtureArticles.text(name));
    }

    private static Candidate candidateSaying(Analysis analysis, String words) {
        List<Candidate> found = analysis.candidates().stream().filter(c -> c.passage().text().contains(words)).toList();
        assertThat(found).as("a candidate whose passage says '%s'", words).hasSize(1);
        return found.getFirst();
    }

    @Test
    void threatsAndCyberattacksAgainstOrda() {
        Analysis analysis = article(OSCE);
        Candidate candidate = candidateSaying(analysis, "from cyberattacks and threats to forged documents");
        assertThat(candidate.proposes("threats")).isTrue();
        assertThat(candidate.proposes("unauthorized_access_ddos")).isTrue();
        assertThat(candidate.facts()).anyMatch(f -> f.kind() == Fact.Kind.OUTLET && f.value().equals(Spelling.key("Orda.kz")));
        assertThat(candidate.why()).anyMatch(line -> line.contains("\"cyberattack\""));
    }

    @Test
    void documentForgeryAndTheCorporateRaid() {
        Candidate candidate = candidateSaying(article(OSCE), "forged documents");
        assertThat(candidate.categories().getFirst().category()).isEqualTo("interference_media_activity");
        assertThat(candidate.passage().text()).contains("founding documents");
    }

    @Test
    void fakeAccountsInJournalistsNames() {
        Candidate threads = candidateSaying(article(OSCE), "fake Threads account under his name");
        assertThat(threads.categories().getFirst().category()).isEqualTo("misuse_of_image");
        Candidate pages = candidateSaying(article(OSCE), "fake pages spread lies");
        assertThat(pages.proposes("misuse_of_image")).isTrue();
        Candidate social = candidateSaying(article(MINISTER), "Fake accounts on social media were also set up");
        assertThat(social.categories().getFirst().category()).isEqualTo("misuse_of_image");
    }

    @Test
    void accreditationRefusedToAzattyqJournalists() {
        Analysis analysis = article(OSCE);
        Candidate denied = candidateSaying(analysis, "the ministry withheld accreditation from several reporters");
        assertThat(denied.categories().getFirst().category()).isEqualTo("accreditation_denial");
        assertThat(denied.facts()).anyMatch(f -> f.kind() == Fact.Kind.OUTLET && f.value().equals(Spelling.key("Radio Azattyq")) && f.text().equals("Azattyq"));
        assertThat(denied.facts()).anyMatch(f -> f.kind() == Fact.Kind.STATE_BODY && f.text().equals("Ministry of Foreign Affairs"));
        Candidate sixteen = candidateSaying(analysis, "put 16 Kazakhstani journalists on the same footing as foreign correspondents");
        assertThat(sixteen.categories().getFirst().category()).isEqualTo("accreditation_denial");
    }

    @Test
    void threatsAgainstLawyers() {
        Candidate candidate = candidateSaying(article(OSCE), "33 lawyers, 14 of them women, have received threats");
        assertThat(candidate.categories().getFirst().category()).isEqualTo("threats");
        assertThat(candidate.facts()).anyMatch(f -> f.kind() == Fact.Kind.PERSON && f.text().equals("Anar Ibrayeva"));
    }

    @Test
    void blockingOfResources() {
        Candidate candidate = candidateSaying(article(MINISTER), "telling particular government agencies to block them");
        assertThat(candidate.categories().getFirst().category()).isEqualTo("blocking");
    }

    @Test
    void threatsAgainstOrdaJournalistsInTheMinistersWords() {
        Candidate candidate = candidateSaying(article(MINISTER), "have been under constant pressure, threats and harassment");
        assertThat(candidate.categories().getFirst().category()).isEqualTo("threats");
        assertThat(candidate.facts()).anyMatch(f -> f.kind() == Fact.Kind.PERSON && f.text().equals("Gulnara Bazhkenova"));
    }

    @Test
    void theStateBodysRebuttalIsAnOfficialReplyNotAViolation() {
        Analysis analysis = article(REBUTTAL);
        assertThat(analysis.reply()).isPresent();
        assertThat(analysis.candidates()).isEmpty();
        OfficialReply reply = analysis.reply().orElseThrow();
        assertThat(reply.speaker()).isEqualTo("Aida Balayeva");
        assertThat(reply.why()).anyMatch(line -> line.startsWith("denial: 'misled'"));
        assertThat(reply.why()).anyMatch(line -> line.startsWith("official: "));
    }

    @Test
    void reportsOfIncidentsAreNotReplies() {
        assertThat(article(OSCE).reply()).isEmpty();
        assertThat(article(MINISTER).reply()).isEmpty();
    }

    @Test
    void headlinesOfOtherStoriesAreNotCandidates() {
        // "Man from Temirtau Gets 22 Years in Russian Prison" is in the list of latest news under the article
        assertThat(article(MINISTER).candidates()).noneMatch(c -> c.passage().text().contains("Temirtau"));
        assertThat(article(MINISTER).facts()).noneMatch(f -> f.text().equals("Temirtau"));
    }
}
