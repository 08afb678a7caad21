package org.kuzet.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.OwnDatabase;
import org.kuzet.crypto.FieldCipher;
import org.kuzet.search.SearchIndex;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.kuzet.security.TwoFactor;
import org.kuzet.intake.SentSubmission;
import org.kuzet.intake.Submissions;
import org.kuzet.security.Viewer;
import org.kuzet.triage.CandidateQueue;
import org.kuzet.triage.PublicReports;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A marker in every confidential field, each written the way people write it (the API, the public form, an upload):
 * a dump of every table (the rows pg_dump writes), the PostgreSQL data directory itself (tables, indexes, write-ahead
 * log), the evidence files and the search index on disk hold none of them, while staff read every one back and the
 * public none. The master key lives in a file beside, which {@code keys-rotate} replaces without a sealed value
 * changing. Rows written before encryption are sealed at the next start.
 */
@SpringBootTest(properties = "kuzet.search.ephemeral=false")
@AutoConfigureMockMvc
@OwnDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfidentialAtRestTest {

    private static final String PASSWORD = "a long enough password";
    private static final String NOTES = "zqxnotesmarker";
    private static final String VICTIM_CONTACT = "zqxvictimcontact";
    private static final String REPORT_TEXT = "zqxreporttext";
    private static final String CORRESPONDENT = "zqxcorrespondentname";
    private static final String HIDDEN_TEXT = "zqxhiddensourcetext";
    private static final String REPORTER_NAME = "zqxreportername";
    private static final String REPORTER_CONTACT = "zqxreportercontact";
    private static final String FILE_TEXT = "zqxevidencebytes";
    /** A TOTP secret (32 base-32 characters) as an authenticator app would hold it. */
    private static final String TOTP_SECRET = "ZQXTOTPSECRETMARKERAAAAAAAAAAAAA";
    /** Sent from the phone page: what happened, where, the link. */
    private static final String PHONE_WHAT = "zqxphonewhat";
    private static final String PHONE_WHERE = "zqxphonewhere";
    private static final String PHONE_LINK = "zqxphonelink";
    /** Sent through OpenRosa: what happened, when, the device, and the phone's position (its latitude's digits). */
    private static final String ODK_WHAT = "zqxodkwhat";
    private static final String ODK_WHEN = "zqxodkwhen";
    private static final String ODK_DEVICE = "zqxodkdevice";
    private static final String ODK_LATITUDE = "43.123457";
    private static final List<String> MARKERS = List.of(NOTES, VICTIM_CONTACT, REPORT_TEXT, CORRESPONDENT,
            HIDDEN_TEXT, REPORTER_NAME, REPORTER_CONTACT, FILE_TEXT, TOTP_SECRET, PHONE_WHAT, PHONE_WHERE, PHONE_LINK,
            ODK_WHAT, ODK_WHEN, ODK_DEVICE, ODK_LATITUDE);

    private static final Path PLACE = temporary();

    @DynamicPropertySource
    static void places(DynamicPropertyRegistry registry) {
        registry.add("kuzet.search.directory", () -> PLACE.resolve("search").toString());
        registry.add("kuzet.files-dir", () -> PLACE.resolve("files").toString());
        registry.add("kuzet.crypto.master-key-file", () -> PLACE.resolve("kuzet.master-key").toString());
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    DataSource dataSource;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PublicReports publicReports;
    @Autowired
    SearchIndex search;
    @Autowired
    TwoFactor twoFactor;
    @Autowired
    Submissions submissions;
    @Autowired
    CandidateQueue queue;
    @Autowired
    KeyRing keys;
    @Autowired
    @Qualifier("sealAtStart")
    SmartInitializingSingleton sealAtStart;

    private long incident;
    private long report;
    private long hiddenSource;
    private long publicReportCandidate;
    private String fileSha;

    @BeforeAll
    void plant() throws Exception {
        accounts.create("rest-editor", "Editor", PASSWORD, Role.EDITOR);
        accounts.create("rest-monitor", "Monitor", PASSWORD, Role.MONITOR);
        accounts.create("rest-corr", "Correspondent", PASSWORD, Role.CORRESPONDENT);
        // its own account: one with a second factor no longer signs in to the API with its password alone
        accounts.create("rest-totp", "Two factors", PASSWORD, Role.MONITOR);
        incident = id(send(post("/api/v1/incidents"), monitor(), incidentBody()));
        step(incident, "submit", monitor());
        step(incident, "publish", editor());
        report = id(send(post("/api/v1/sources"), correspondent(), Map.of("kind", "correspondent_report",
                "title", "From the field", "archived_text", "I saw it. " + REPORT_TEXT,
                "correspondent", CORRESPONDENT + " +7 705 000 00 00", "confidential", false)));
        hiddenSource = id(send(post("/api/v1/sources"), monitor(), Map.of("kind", "media_article",
                "title", "A lead", "archived_text", "Not to be published: " + HIDDEN_TEXT, "confidential", true)));
        publicReportCandidate = publicReports.submit(new PublicReports.Report("Журналиста задержали в Уральске после съёмки.", null,
                "Уральск", null, REPORTER_NAME, REPORTER_CONTACT, "ru"));
        MockHttpServletResponse upload = mvc.perform(post("/api/v1/files").param("name", "note.txt").with(monitor())
                .contentType(MediaType.TEXT_PLAIN).content(("Протокол. " + FILE_TEXT + "\n")
                        .getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
        assertThat(upload.getStatus()).as(upload.getContentAsString()).isEqualTo(201);
        fileSha = json.readTree(upload.getContentAsString()).get("sha256").asString();
        assertThat(twoFactor.enrol("rest-totp", TOTP_SECRET, totp(0))).isPresent();
        fromThePhones();
        search.reindex();
    }

    /** A report from the phone page and one through OpenRosa, as a correspondent's phone sends them. */
    private void fromThePhones() throws Exception {
        MockHttpServletResponse phone = mvc.perform(post("/staff/submissions").with(csrf())
                .with(user("rest-corr").roles("CORRESPONDENT")) // the pages sign in by form, not by Basic
                .param("what", "Журналиста задержали у здания суда в Уральске. " + PHONE_WHAT)
                .param("when", "7 февраля 2019").param("where", "Уральск, " + PHONE_WHERE)
                .param("link", "https://example.org/" + PHONE_LINK).param("instanceId", "rest-phone-1"))
                .andReturn().getResponse();
        assertThat(phone.getRedirectedUrl()).as(phone.getContentAsString()).contains("?sent");
        String instance = """
                <data id="kuzet-report"><what>Полиция задержала оператора у акимата. %s</what><when>%s</when>
                <where>Оральск</where><location>%s 76.987654 800 5</location><device>%s</device>
                <meta><instanceID>uuid:rest-odk-1</instanceID></meta></data>"""
                .formatted(ODK_WHAT, ODK_WHEN, ODK_LATITUDE, ODK_DEVICE);
        MockHttpServletResponse odk = mvc.perform(multipart("/api/openrosa/submission").file(new MockMultipartFile(
                        "xml_submission_file", "instance.xml", "text/xml", instance.getBytes(StandardCharsets.UTF_8)))
                .with(correspondent())).andReturn().getResponse();
        assertThat(odk.getStatus()).as(odk.getContentAsString()).isEqualTo(201);
    }

    @Test
    void aDumpOfEveryTableShowsNoMarker() throws Exception {
        String dump = dumpEveryTable();
        assertThat(found(dump.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(dump).as("the sealed values are there").contains(FieldCipher.PREFIX);
    }

    @Test
    void theDataDirectoryTheFilesAndTheSearchIndexShowNoMarker() throws Exception {
        jdbc.sql("checkpoint").update();
        Path data = Path.of(jdbc.sql("show data_directory").query(String.class).single());
        assertThat(markersUnder(data)).as("PostgreSQL's files").isEmpty();
        assertThat(markersUnder(PLACE.resolve("files"))).as("the evidence files").isEmpty();
        assertThat(markersUnder(PLACE.resolve("search"))).as("the search index").isEmpty();
        assertThat(Files.readString(PLACE.resolve("kuzet.master-key"))).as("the key is beside, not in the database")
                .doesNotContain(FieldCipher.PREFIX);
    }

    @Test
    void staffReadEveryFieldAndThePublicNone() throws Exception {
        String staffIncident = read("/api/v1/incidents/" + incident, monitor());
        assertThat(staffIncident).contains(NOTES, VICTIM_CONTACT);
        assertThat(read("/api/v1/incidents/" + incident + "/revisions", monitor())).contains(NOTES, VICTIM_CONTACT);
        assertThat(read("/api/v1/sources/" + report, correspondent())).as("the author").contains(REPORT_TEXT,
                CORRESPONDENT);
        assertThat(read("/api/v1/sources/" + hiddenSource, monitor())).contains(HIDDEN_TEXT);
        assertThat(read("/api/v1/files/" + fileSha, monitor())).contains(FILE_TEXT);
        long article = queue.find(publicReportCandidate).orElseThrow().articleId();
        assertThat(publicReports.reporterOf(article).orElseThrow().contact()).isEqualTo(REPORTER_CONTACT);
        assertThat(twoFactor.enrolled("rest-totp")).isTrue();

        // the correspondent reads their own submissions, the staff the triage candidates made from them
        List<SentSubmission> sent = submissions.mine(new Viewer("rest-corr", Role.CORRESPONDENT));
        assertThat(sent).extracting(SentSubmission::what).anySatisfy(w -> assertThat(w).contains(PHONE_WHAT))
                .anySatisfy(w -> assertThat(w).contains(ODK_WHAT));
        SentSubmission odk = sent.stream().filter(s -> s.channel().equals("openrosa")).findFirst().orElseThrow();
        assertThat(odk.place().latitude()).isEqualTo(Double.parseDouble(ODK_LATITUDE));
        assertThat(odk.device()).isEqualTo(ODK_DEVICE);
        assertThat(read("/staff/submissions/" + odk.id(), user("rest-corr").roles("CORRESPONDENT")))
                .contains(ODK_WHAT, ODK_WHEN, ODK_DEVICE);
        for (SentSubmission each : sent) {
            assertThat(read("/staff/triage/" + each.candidateId(), user("rest-monitor").roles("MONITOR")))
                    .as("the staff's triage page")
                    .contains(each.channel().equals("phone") ? PHONE_WHAT : ODK_WHAT);
        }
        SentSubmission phone = sent.stream().filter(s -> s.channel().equals("phone")).findFirst().orElseThrow();
        assertThat(queue.find(phone.candidateId()).orElseThrow().passage()).contains(PHONE_WHAT, PHONE_WHERE);
        for (String word : List.of(PHONE_WHAT, ODK_WHAT, REPORT_TEXT)) {
            assertThat(search.matchingIds("article", word, new Viewer("rest-monitor", Role.MONITOR)))
                    .as("searchable by nobody: " + word).isEmpty();
        }

        MockHttpServletResponse publicView = mvc.perform(get("/api/v1/incidents/" + incident)).andReturn().getResponse();
        assertThat(publicView.getStatus()).isEqualTo(200);
        assertThat(found(publicView.getContentAsByteArray())).isEmpty();
    }

    @Test
    void rowsStoredBeforeEncryptionAreSealedAtStart() throws Exception {
        jdbc.sql("update incident set confidential_notes = 'zqxolderplain notes' where id = ?").param(incident)
                .update();
        String olderSecret = "OLDERPLAINSECRETBBBBBBBBBBBBBBBB";
        accounts.create("rest-older", "Older second factor", PASSWORD, Role.MONITOR);
        jdbc.sql("insert into two_factor_secret (user_id, secret) select id, ? from app_user where username = ?")
                .params(olderSecret, "rest-older").update();
        long submission = jdbc.sql("select id from intake_submission where channel = 'openrosa'").query(Long.class)
                .single();
        jdbc.sql("update intake_submission set device = 'olderplaindevice', place = '51.5 71.5 3.0' where id = ?")
                .param(submission).update();
        jdbc.sql("update triage_candidate set passage = 'older plain passage', why = '[\"older reason\"]' where id = ?")
                .param(publicReportCandidate).update();
        sealAtStart.afterSingletonsInstantiated();
        assertThat(jdbc.sql("select device || place from intake_submission where id = ?").param(submission)
                .query(String.class).single()).startsWith(FieldCipher.PREFIX).doesNotContain("olderplain", "51.5");
        SentSubmission older = submissions.find(submission, new Viewer("rest-monitor", Role.MONITOR)).orElseThrow();
        assertThat(older.device()).isEqualTo("olderplaindevice");
        assertThat(older.place().latitude()).isEqualTo(51.5);
        assertThat(jdbc.sql("select passage || why::text from triage_candidate where id = ?")
                .param(publicReportCandidate).query(String.class).single()).startsWith(FieldCipher.PREFIX)
                .doesNotContain("older");
        assertThat(queue.find(publicReportCandidate).orElseThrow().reasons()).containsExactly("older reason");
        assertThat(jdbc.sql("select s.secret from two_factor_secret s join app_user u on u.id = s.user_id "
                + "where u.username = 'rest-older'").query(String.class).single()).startsWith(FieldCipher.PREFIX)
                .doesNotContain(olderSecret);
        assertThat(twoFactor.verify("rest-older", new DefaultCodeGenerator().generate(olderSecret,
                Instant.now().getEpochSecond() / 30))).as("the secret sealed at start still checks codes").isTrue();
        assertThat(jdbc.sql("select confidential_notes from incident where id = ?").param(incident)
                .query(String.class).single()).startsWith(FieldCipher.PREFIX).doesNotContain("zqxolderplain");
        assertThat(read("/api/v1/incidents/" + incident, monitor())).contains("zqxolderplain notes");
    }

    @Test
    void aNewMasterKeyRewrapsTheDataKeysAndChangesNoSealedValue() throws Exception {
        List<String> values = sealedValues();
        String before = keys.currentId();

        String rotated = keys.rotate();
        assertThat(rotated).isNotEqualTo(before);
        assertThat(jdbc.sql("select distinct master_key_id from crypto_data_key").query(String.class).list())
                .containsExactly(rotated);
        assertThat(MasterKeys.read(PLACE.resolve("kuzet.master-key")).byId()).as("the old key is gone").hasSize(1);
        assertThat(sealedValues()).as("no sealed value was rewritten").isEqualTo(values);
        assertThat(read("/api/v1/incidents/" + incident, monitor())).contains(VICTIM_CONTACT);

        // keys-rotate beside a running server: the new key is put first in the file; the server re-wraps
        MasterKeys beside = MasterKeys.prependNewKey(PLACE.resolve("kuzet.master-key"));
        assertThat(keys.reloadIfChanged()).isTrue();
        assertThat(jdbc.sql("select distinct master_key_id from crypto_data_key").query(String.class).list())
                .containsExactly(beside.currentId());
        assertThat(read("/api/v1/sources/" + hiddenSource, monitor())).contains(HIDDEN_TEXT);
        assertThat(jdbc.sql("select kind from crypto_data_key").query(String.class).list())
                .as("the TOTP secrets' data key is re-wrapped with the others").contains("two_factor_secret");
        assertThat(twoFactor.verify("rest-totp", totp(1))).as("the sealed TOTP secret still checks codes")
                .isTrue();
    }

    /** The code an authenticator app holding the secret shows at the time step {@code ahead} steps from now. */
    private static String totp(int ahead) throws Exception {
        return new DefaultCodeGenerator().generate(TOTP_SECRET, Instant.now().getEpochSecond() / 30 + ahead);
    }

    private List<String> sealedValues() {
        return jdbc.sql("select confidential_notes from incident where confidential_notes like 'kzc1:%' "
                + "union all select correspondent from source where correspondent like 'kzc1:%' order by 1")
                .query(String.class).list();
    }

    /** Every table's rows as COPY text: what pg_dump writes of the data (this PostgreSQL ships no pg_dump). */
    private String dumpEveryTable() throws Exception {
        List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = 'public' order by 1")
                .query(String.class).list();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                out.write(("-- " + table + "\n").getBytes(StandardCharsets.UTF_8));
                copy.copyOut("COPY \"" + table + "\" TO STDOUT", out);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> found(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        return MARKERS.stream().filter(text::contains).toList();
    }

    private static TreeSet<String> markersUnder(Path dir) throws IOException {
        TreeSet<String> hits = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException e) {
                    continue; // a file PostgreSQL or Lucene removed meanwhile
                }
                for (String marker : found(bytes)) {
                    hits.add(marker + " in " + dir.relativize(file));
                }
            }
        }
        return hits;
    }

    private Map<String, Object> incidentBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Judge removed a journalist from an open hearing");
        body.put("summary", "A Kostanay judge removed a journalist from an open court hearing.");
        body.put("date", "2024-03");
        body.put("place", "kz-kostanay");
        body.put("primary_category", "judicial_transparency_violation");
        body.put("people_affected", 1);
        body.put("verification", "confirmed");
        body.put("independent_sources", 1);
        Map<String, Object> victim = new LinkedHashMap<>();
        victim.put("name", "A journalist of a Kostanay paper");
        victim.put("kind", "journalist");
        victim.put("contact", VICTIM_CONTACT + " +7 714 000 00 00");
        body.put("victims", new ArrayList<>(List.of(victim)));
        body.put("perpetrators", new ArrayList<>(List.of(Map.of("name", "Judge of a Kostanay court", "type", "court"))));
        body.put("confidential_notes", NOTES + " told by phone");
        return body;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, RequestPostProcessor who, Object body)
            throws Exception {
        return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andReturn().getResponse();
    }

    private long id(MockHttpServletResponse created) throws Exception {
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        return json.readTree(created.getContentAsString()).get("id").asLong();
    }

    private void step(long id, String step, RequestPostProcessor who) throws Exception {
        int revision = jdbc.sql("select revision from incident where id = ?").param(id).query(Integer.class).single();
        MockHttpServletResponse answer = mvc.perform(post("/api/v1/incidents/" + id + "/" + step).with(who)
                .header(HttpHeaders.IF_MATCH, "\"" + revision + "\"")).andReturn().getResponse();
        assertThat(answer.getStatus()).as(step + ": " + answer.getContentAsString()).isEqualTo(200);
    }

    private String read(String uri, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse answer = mvc.perform(get(uri).with(who)).andReturn().getResponse();
        assertThat(answer.getStatus()).as(uri).isEqualTo(200);
        return answer.getContentAsString(StandardCharsets.UTF_8);
    }

    private static RequestPostProcessor monitor() {
        return httpBasic("rest-monitor", PASSWORD);
    }

    private static RequestPostProcessor editor() {
        return httpBasic("rest-editor", PASSWORD);
    }

    private static RequestPostProcessor correspondent() {
        return httpBasic("rest-corr", PASSWORD);
    }

    private static Path temporary() {
        try {
            return Files.createTempDirectory("kuzet-at-rest");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
