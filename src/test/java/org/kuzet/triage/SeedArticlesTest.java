package org.kuzet.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.spelling.Spelling;

/** The incidents that seeds 001 and 003 describe each come out as a candidate; seed 000 comes out as a reply. */
class SeedArticlesTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.shipped();

    private static Analysis seed(String name) throws IOException {
        try (InputStream in = SeedArticlesTest.class.getResourceAsStream("/seeds/" + name + ".txt")) {
            return ANALYZER.analyze(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Candidate candidateSaying(Analysis analysis, String words) {
        List<Candidate> found = analysis.candidates().stream().filter(c -> c.passage().text().contains(words)).toList();
        assertThat(found).as("a candidate whose passage says '%s'", words).hasSize(1);
        return found.getFirst();
    }

    @Test
    void threatsAndCyberattacksAgainstOrda() throws IOException {
        Analysis analysis = seed("001");
        Candidate candidate = candidateSaying(analysis, "including cyberattacks, threats, and document forgery");
        assertThat(candidate.proposes("threats")).isTrue();
        assertThat(candidate.proposes("unauthorized_access_ddos")).isTrue();
        assertThat(candidate.facts()).anyMatch(f -> f.kind() == Fact.Kind.OUTLET && f.value().equals(Spelling.key("Orda.kz")));
        assertThat(candidate.why()).anyMatch(line -> line.contains("'cyberattack'"));
    }

    @Test
    void documentForgeryAndTheCorporateRaid() throws IOException {
        Candidate candidate = candidateSaying(seed("001"), "document forgery");
        assertThat(candidate.categories().getFirst().category()).isEqualTo("interference_media_activity");
        assertThat(candidate.passage().text()).contains("founding documents");
    }

    @Test
    void fakeAccountsInJournalistsNames() throws IOException {
        Candidate threads = candidateSaying(seed("001"), "fake Threads account under his name");
        assertThat(threads.categories().getFirst().category()).isEqualTo("misuse_of_image");
        Candidate pages = candidateSaying(seed("001"), "fake pages published falsehoods");
        assertThat(pages.proposes("misuse_of_image")).isTrue();
        Candidate social = candidateSaying(seed("003"), "Fake social media accounts have also been created");
        assertThat(social.categories().getFirst().category()).isEqualTo("misuse_of_image");
    }

    @Test
    void accreditationRefusedToAzattyqJournalists() throws IOException {
        Analysis analysis = seed("001");
        Candidate denied = candidateSaying(analysis, "the ministry denied accreditation to several reporters");
        assertThat(denied.categories().getFirst().category()).isEqualTo("accreditation_denial");
        assertThat(denied.facts()).anyMatch(f -> f.kind() == Fact.Kind.OUTLET && f.value().equals(Spelling.key("Radio Azattyq")) && f.text().equals("Azattyq"));
        assertThat(denied.facts()).anyMatch(f -> f.kind() == Fact.Kind.STATE_BODY && f.text().equals("Ministry of Foreign Affairs"));
        Candidate sixteen = candidateSaying(analysis, "16 Kazakhstani journalists were equated with foreign correspondents");
        assertThat(sixteen.categories().getFirst().category()).isEqualTo("accreditation_denial");
    }

    @Test
    void threatsAgainstLawyers() throws IOException {
        Candidate candidate = candidateSaying(seed("001"), "threats have been recorded against 33 lawyers");
        assertThat(candidate.categories().getFirst().category()).isEqualTo("threats");
        assertThat(candidate.facts()).anyMatch(f -> f.kind() == Fact.Kind.PERSON && f.text().equals("Anar Ibrayeva"));
    }

    @Test
    void blockingOfResources() throws IOException {
        Candidate candidate = candidateSaying(seed("003"), "to block such resources");
        assertThat(candidate.categories().getFirst().category()).isEqualTo("blocking");
    }

    @Test
    void threatsAgainstOrdaJournalistsInTheMinistersWords() throws IOException {
        Candidate candidate = candidateSaying(seed("003"), "have faced sustained pressure, threats, and harassment");
        assertThat(candidate.categories().getFirst().category()).isEqualTo("threats");
        assertThat(candidate.facts()).anyMatch(f -> f.kind() == Fact.Kind.PERSON && f.text().equals("Gulnara Bazhkenova"));
    }

    @Test
    void theStateBodysRebuttalIsAnOfficialReplyNotAViolation() throws IOException {
        Analysis analysis = seed("000");
        assertThat(analysis.reply()).isPresent();
        assertThat(analysis.candidates()).isEmpty();
        OfficialReply reply = analysis.reply().orElseThrow();
        assertThat(reply.speaker()).isEqualTo("Aida Balayeva");
        assertThat(reply.why()).anyMatch(line -> line.startsWith("denial: 'misled'"));
        assertThat(reply.why()).anyMatch(line -> line.startsWith("official: "));
    }

    @Test
    void reportsOfIncidentsAreNotReplies() throws IOException {
        assertThat(seed("001").reply()).isEmpty();
        assertThat(seed("003").reply()).isEmpty();
    }

    @Test
    void headlinesOfOtherStoriesAreNotCandidates() throws IOException {
        // "Temirtau Native Sentenced to 22 Years in Russia" is in the list of latest news under seed 003
        assertThat(seed("003").candidates()).noneMatch(c -> c.passage().text().contains("Temirtau"));
        assertThat(seed("003").facts()).noneMatch(f -> f.text().equals("Temirtau"));
    }
}
