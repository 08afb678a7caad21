package org.kuzet.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.kuzet.incident.IncidentDesk;
import org.kuzet.incident.IncidentForm;
import org.kuzet.incident.Origin;
import org.kuzet.security.Role;
import org.kuzet.security.Viewer;
import org.kuzet.source.Sources;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** An accepted candidate goes through the incident door, which looks for the records its draft may repeat. */
@SpringBootTest
class TriageDuplicatesTest {

    private static final OffsetDateTime READ = OffsetDateTime.of(2025, 10, 20, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final Viewer MONITOR = new Viewer("triage-duplicates", Role.MONITOR);

    @Autowired Intake intake;
    @Autowired CandidateQueue queue;
    @Autowired IncidentDesk desk;
    @Autowired Sources sources;
    @Autowired JdbcClient jdbc;

    private final String token = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));

    @Test
    void aCandidateFromAnArticleAlreadyCitedCarriesTheIncidentThatCitesIt() {
        String url = "https://example.kz/accreditation/" + token;
        long recorded = desk.record(IncidentForm.draft("Accreditation withdrawn " + token, "", "2025-03",
                "kz-astana", "accreditation_denial", source(url)), null, MONITOR, Origin.Way.API).id();

        long accepted = acceptFirstCandidate(url, ACCREDITATION);

        assertThat(reasons(accepted, recorded)).contains("same_source");
    }

    @Test
    void aCandidateFromAnUncitedArticleCarriesNone() {
        long accepted = acceptFirstCandidate("https://example.kz/threats/" + token, THREATS);

        assertThat(jdbc.sql("select count(*) from incident_possible_duplicate where incident_id = ?")
                .param(accepted).query(Long.class).single()).isZero();
    }

    /** Two stories unlike each other (a near copy of an article read before is grouped with it, not queued). */
    private static final String ACCREDITATION = """
            Редакция %s сообщила об отзыве аккредитации.
            В марте 2025 года Министерство информации отозвало аккредитацию корреспондента газеты %s, \
            заявив, что он нарушил правила работы иностранных СМИ.
            Корреспондент считает решение давлением за публикации о бюджете области.
            """;
    private static final String THREATS = """
            Blogger %s says he was threatened after his video about road repairs.
            In March 2025 unknown men phoned the blogger %s several times and promised to break his camera \
            if he kept filming the works; he has asked the police to open a case.
            """;

    private long acceptFirstCandidate(String url, String story) {
        String article = story.formatted(token, token);
        Intake.Result result = intake.text(url, "Example", "Аккредитация " + token, article, READ, null);
        List<StoredCandidate> candidates = queue.ofArticle(result.article().id()).stream()
                .filter(c -> c.kind().equals("incident")).toList();
        assertThat(candidates).as("incident candidates of the article").isNotEmpty();
        return queue.accept(candidates.getFirst().id(), "triage-duplicates", "2025-03");
    }

    private long source(String url) {
        ObjectNode body = JsonMapper.builder().build().createObjectNode();
        body.put("kind", "media_article");
        body.put("title", "Accreditation " + token);
        body.put("url", url);
        return sources.record(body, "triage-duplicates");
    }

    private List<String> reasons(long incident, long other) {
        return jdbc.sql("select unnest(reasons) from incident_possible_duplicate where incident_id = ? and other_id = ?")
                .params(incident, other).query(String.class).list();
    }
}
