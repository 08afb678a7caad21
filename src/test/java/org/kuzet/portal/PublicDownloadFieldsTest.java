package org.kuzet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The CSV and JSON downloads of the public list carry every public field of each incident (summary, victims,
 * perpetrators, further categories, people affected, the date with its precision, the public sources' addresses,
 * the record's address) with names in the visitor's language, and never a hidden source or a confidential field.
 */
@SpringBootTest
@AutoConfigureMockMvc
@OwnDatabase // the downloads hold and count every published incident
class PublicDownloadFieldsTest {

    private static final String SECRET = "tip-line-7770042";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static long accreditation;
    private static long blocked;

    /** The fixture is made once, in the class's own database: the tests only read it. */
    private static boolean made;

    @BeforeEach
    void fixture() {
        if (made) {
            return;
        }
        made = true;
        accreditation = incident("Sixteen reporters refused accreditation to the maslikhat", "2024-03-01", "month",
                "kz-kostanay", "accreditation_denial", 16);
        blocked = incident("News site blocked in 2023", "2023-01-01", "year", "kz-astana", "blocking", null);
        jdbc.sql("insert into incident_category (incident_id, category_code) values (?, 'accreditation_denial'), "
                + "(?, 'interference_professional_activity')").params(accreditation, accreditation).update();
        jdbc.sql("""
                insert into incident_victim (incident_id, position, name, victim_kind, role, gender, contact)
                values (?, 0, 'Dana Reporter', 'journalist', 'correspondent', 'female', ?),
                       (?, 1, 'Kostanay Today', 'media_outlet', null, null, null)""")
                .params(accreditation, SECRET, accreditation).update();
        jdbc.sql("insert into incident_perpetrator (incident_id, position, name, perpetrator_type) values "
                + "(?, 0, 'Maslikhat press office', 'state_body')").param(accreditation).update();
        long open = source("media_article", "Reporters kept out", "https://news.example/kept-out", false);
        long second = source("official_statement", "Maslikhat's notice", "https://maslikhat.example/notice", false);
        long hidden = source("media_article", "Confidential lead", "https://hidden.example/" + SECRET, true);
        long report = jdbc.sql("insert into source (kind, title, url, confidential, correspondent) values "
                + "('correspondent_report', 'Seen it myself', 'https://corr.example/" + SECRET + "', true, ?) "
                + "returning id").param(SECRET).query(Long.class).single();
        jdbc.sql("insert into incident_source values (?, ?), (?, ?), (?, ?), (?, ?)")
                .params(accreditation, open, accreditation, second, accreditation, hidden, accreditation, report)
                .update();
        jdbc.sql("update incident set confidential_notes = ? where id = ?").params(SECRET, accreditation).update();
        incident("Draft " + SECRET, "2024-03-02", "day", "kz-kostanay", "threats", null, "draft");
        // the second row has people and a translation of its own: each row's lists stay with their incident
        jdbc.sql("update incident set translations = ?::jsonb where id = ?")
                .params("{\"ru\": {\"title\": \"Новостной сайт заблокирован в 2023 году\"}}", blocked).update();
        jdbc.sql("insert into incident_victim (incident_id, position, name, victim_kind) values "
                + "(?, 0, 'Astana Daily', 'media_outlet')").param(blocked).update();
        jdbc.sql("insert into incident_perpetrator (incident_id, position, name, perpetrator_type) values "
                + "(?, 0, 'Ministry of information', 'state_body'), (?, 1, 'Unknown caller', 'unknown')")
                .params(blocked, blocked).update();
    }

    @Test
    void theCsvHoldsEveryPublicFieldInTheVisitorsLanguage() throws Exception {
        String csv = body("/incidents.csv?lang=ru");
        assertThat(csv).doesNotContain(SECRET).doesNotContain("hidden.example").doesNotContain("corr.example");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(csv.replace("\uFEFF", ""))).getRecords();
        assertThat(rows).hasSize(2);
        CSVRecord year = rows.get(0);
        assertThat(year.get("id")).isEqualTo(String.valueOf(blocked));
        assertThat(year.get("date")).isEqualTo("2023");
        assertThat(year.get("date_precision")).isEqualTo("year");
        assertThat(year.get("date_from")).isEqualTo("2023-01-01");
        assertThat(year.get("date_to")).isEqualTo("2023-12-31");
        assertThat(year.get("people_affected")).isEmpty();
        assertThat(year.get("title")).isEqualTo("Новостной сайт заблокирован в 2023 году");
        assertThat(year.get("title_language")).isEqualTo("ru");
        assertThat(year.get("summary")).isEqualTo("What the service recorded.");
        assertThat(year.get("victims")).isEqualTo("Astana Daily (СМИ)");
        assertThat(year.get("perpetrators"))
                .isEqualTo("Ministry of information (Государственный орган); Unknown caller (Неизвестно)");
        assertThat(year.get("further_categories")).isEmpty();
        assertThat(year.get("source_urls")).isEmpty();
        CSVRecord row = rows.get(1);
        assertThat(row.get("title")).isEqualTo("Sixteen reporters refused accreditation to the maslikhat");
        assertThat(row.get("summary")).isEqualTo("What the service recorded.");
        assertThat(row.get("date")).isEqualTo("2024-03");
        assertThat(row.get("date_precision")).isEqualTo("month");
        assertThat(row.get("date_to")).isEqualTo("2024-03-31");
        assertThat(row.get("place")).isEqualTo("Костанай");
        assertThat(row.get("primary_category")).isEqualTo("accreditation_denial");
        assertThat(row.get("further_categories")).isEqualTo("interference_professional_activity");
        assertThat(row.get("further_category_labels")).startsWith("Воспрепятствование");
        assertThat(row.get("people_affected")).isEqualTo("16");
        assertThat(row.get("victims")).isEqualTo("Dana Reporter (Журналист, correspondent); Kostanay Today (СМИ)");
        assertThat(row.get("perpetrators")).isEqualTo("Maslikhat press office (Государственный орган)");
        assertThat(row.get("verification")).isEqualTo("unverified");
        assertThat(row.get("verification_label")).isEqualTo("Не проверено");
        assertThat(row.get("source_urls")).isEqualTo("https://news.example/kept-out https://maslikhat.example/notice");
        assertThat(row.get("url")).isEqualTo("http://localhost/incidents/" + accreditation);
        assertThat(row.get("revision")).isEqualTo("1");
        assertThat(row.get("published_at")).isNotBlank();
        assertThat(row.get("title_language")).isEqualTo("en");
    }

    @Test
    void theJsonHoldsTheSameAsObjectsWithItsNote() throws Exception {
        String text = body("/incidents.json?region=kz-kostanay-region&lang=kk");
        assertThat(text).doesNotContain(SECRET).doesNotContain("hidden.example").doesNotContain("contact")
                .doesNotContain("confidential");
        JsonNode json = new ObjectMapper().readTree(text);
        assertThat(json.get("note").asString()).startsWith("Kuzet: 2 жарияланған бұзушылықтың 1. Сүзгі: ");
        assertThat(json.get("selected").asLong()).isEqualTo(1);
        assertThat(json.get("published").asLong()).isEqualTo(2);
        JsonNode incident = json.get("incidents").get(0);
        assertThat(incident.get("id").asLong()).isEqualTo(accreditation);
        assertThat(incident.get("summary").asString()).isEqualTo("What the service recorded.");
        assertThat(incident.get("date").asString()).isEqualTo("2024-03");
        assertThat(incident.get("date_precision").asString()).isEqualTo("month");
        assertThat(incident.get("date_from").asString()).isEqualTo("2024-03-01");
        assertThat(incident.get("people_affected").asInt()).isEqualTo(16);
        assertThat(incident.get("further_categories").get(0).get("code").asString())
                .isEqualTo("interference_professional_activity");
        JsonNode dana = incident.get("victims").get(0);
        assertThat(dana.get("name").asString()).isEqualTo("Dana Reporter");
        assertThat(dana.get("kind").asString()).isEqualTo("journalist");
        assertThat(dana.get("kind_label").asString()).isEqualTo("Журналист");
        assertThat(dana.get("gender").asString()).isEqualTo("female");
        assertThat(incident.get("perpetrators").get(0).get("kind").asString()).isEqualTo("state_body");
        assertThat(incident.get("sources")).hasSize(2);
        assertThat(incident.get("sources").get(1).get("url").asString()).isEqualTo("https://maslikhat.example/notice");
        assertThat(incident.get("url").asString()).isEqualTo("http://localhost/incidents/" + accreditation);
        assertThat(incident.get("verification_label").asString()).isEqualTo("Тексерілмеген");
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long source(String kind, String title, String url, boolean confidential) {
        return jdbc.sql("insert into source (kind, title, url, confidential) values (?, ?, ?, ?) returning id")
                .params(kind, title, url, confidential).query(Long.class).single();
    }

    private long incident(String title, String date, String precision, String place, String category,
            Integer people) {
        return incident(title, date, precision, place, category, people, "published");
    }

    private long incident(String title, String date, String precision, String place, String category,
            Integer people, String state) {
        return jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    people_affected, workflow_state, published_at)
                values (?, 'What the service recorded.', ?, ?, ?, ?, ?, ?,
                    case when ? = 'published' then now() end) returning id""")
                .params(title, LocalDate.parse(date), precision, place, category, people, state, state)
                .query(Long.class).single();
    }
}
