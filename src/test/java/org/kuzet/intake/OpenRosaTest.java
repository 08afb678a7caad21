package org.kuzet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.data.GeoPointData;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.data.StringData;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.core.services.IPropertyManager;
import org.javarosa.core.services.PropertyManager;
import org.javarosa.core.services.properties.IPropertyRules;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.model.xform.XFormSerializingVisitor;
import org.javarosa.xform.util.XFormUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.TestData;
import org.kuzet.core.Sha256;
import org.kuzet.reference.Staff;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.kuzet.security.Viewer;
import org.kuzet.triage.CandidateQueue;
import org.kuzet.triage.StoredCandidate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A correspondent's phone speaks OpenRosa to Kuzet as ODK Collect does: it lists the forms, fetches Kuzet's XForm,
 * fills it with ODK's own XForm engine (JavaRosa), and posts the instance with a photo over HTTP. The report lands as
 * one candidate of the triage queue with the phone's metadata and the photo's SHA-256; sent again, it is kept once;
 * a bad instance is refused in the phone's language and changes nothing; another correspondent never sees it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenRosaTest {

    private static final Pattern DOWNLOAD_URL = Pattern.compile("<downloadUrl>([^<]+)</downloadUrl>");
    private static final String PHONE = "collect:k7Q2test";
    private static final Pattern HASH = Pattern.compile("<hash>md5:([0-9a-f]{32})</hash>");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Submissions submissions;

    @Autowired
    CandidateQueue queue;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String correspondent = TestData.unique("odk-phone");
    private final String other = TestData.unique("odk-other");

    @BeforeEach
    void accounts() {
        Staff.named(accounts, correspondent, Role.CORRESPONDENT);
        Staff.named(accounts, other, Role.CORRESPONDENT);
    }

    @Test
    void aFormFilledByOdksEngineArrivesAsOneCandidateWithItsPlaceTimesAndFileHash() throws Exception {
        HttpResponse<String> list = send(as(correspondent, "/api/openrosa/formList").GET());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("X-OpenRosa-Version")).hasValue("1.0");
        assertThat(list.body()).contains("<formID>kuzet-report</formID>");
        byte[] xform = bytes(as(correspondent, URI.create(group(DOWNLOAD_URL, list.body())).getPath()).GET());
        assertThat(group(HASH, list.body())).as("the list names the form by its MD5").isEqualTo(md5(xform));

        byte[] photo = png();
        byte[] instance = fill(xform, Map.of(
                "what", new StringData("Полиция задержала журналиста Азамата Касымова у здания акимата"),
                "when", new StringData("12 марта 2024"),
                "where", new StringData("Уральск"),
                "location", new GeoPointData(new double[] {51.2278, 51.3865, 32.0, 8.5}),
                "photo", new StringData("photo.png")));

        HttpResponse<Void> head = http.send(as(correspondent, "/api/openrosa/submission")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(204);
        assertThat(head.headers().firstValue("X-OpenRosa-Accept-Content-Length")).isPresent();

        HttpResponse<String> sent = submit(correspondent, instance, Map.of("photo.png", photo), "ru");
        assertThat(sent.statusCode()).isEqualTo(201);
        assertThat(sent.body()).contains("submit_success");

        List<SentSubmission> mine = submissions.mine(new Viewer(correspondent, Role.CORRESPONDENT));
        assertThat(mine).hasSize(1);
        SentSubmission s = mine.getFirst();
        assertThat(s.channel()).isEqualTo("openrosa");
        assertThat(s.where()).isEqualTo("Уральск");
        assertThat(s.place().latitude()).isEqualTo(51.2278);
        assertThat(s.place().longitude()).isEqualTo(51.3865);
        assertThat(s.place().accuracyMetres()).isEqualTo(8.5);
        assertThat(s.device()).isEqualTo(PHONE);
        assertThat(s.started()).as("the form's start, as the engine stamped it").isNotNull();
        assertThat(s.ended()).isNotNull().isAfterOrEqualTo(s.started());
        assertThat(s.files()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("photo.png");
            assertThat(f.sha256()).isEqualTo(Sha256.hex(photo));
            assertThat(f.mediaType()).isEqualTo("image/png");
        });

        StoredCandidate candidate = queue.find(s.candidateId()).orElseThrow();
        assertThat(candidate.reasons().getFirst()).contains(correspondent, "OpenRosa");
        assertThat(candidate.factList()).anySatisfy(f -> assertThat(f).containsEntry("kind", "date")
                .containsEntry("value", "2024-03-12"));

        HttpResponse<String> again = submit(correspondent, instance, Map.of("photo.png", photo), "ru");
        assertThat(again.statusCode()).as("the same filling sent twice").isEqualTo(202);
        assertThat(submissions.mine(new Viewer(correspondent, Role.CORRESPONDENT))).hasSize(1);

        assertThat(submissions.mine(new Viewer(other, Role.CORRESPONDENT))).isEmpty();
        assertThat(submissions.find(s.id(), new Viewer(other, Role.CORRESPONDENT))).isEmpty();
        assertThat(submissions.find(s.id(), new Viewer("any-monitor", Role.MONITOR))).isPresent();
    }

    @Test
    void anInstanceWithoutWhatHappenedIsRefusedInThePhonesLanguageAndKeepsNothing() throws Exception {
        byte[] xform = bytes(as(correspondent, "/api/openrosa/forms/kuzet-report.xml").GET());
        String filled = new String(fill(xform, Map.of("what", new StringData("placeholder"),
                "where", new StringData("Астана"))), StandardCharsets.UTF_8);
        byte[] empty = filled.replace("<what>placeholder</what>", "<what/>").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> refused = submit(correspondent, empty, Map.of(), "kk");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("submit_error", "what", "Бұл өрісті толтырыңыз");
        assertThat(submissions.mine(new Viewer(correspondent, Role.CORRESPONDENT))).isEmpty();

        HttpResponse<String> notXml = submit(correspondent, "<report id=".getBytes(StandardCharsets.UTF_8),
                Map.of(), "en");
        assertThat(notXml.statusCode()).isEqualTo(400);
        assertThat(notXml.body()).contains("could not be read as XML");
    }

    @Test
    void noAccountNoForms() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(url("/api/openrosa/formList")).GET());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    /** Walks the form as Collect's screens do, answering the questions named, and serialises the instance. */
    private static byte[] fill(byte[] xform, Map<String, IAnswerData> answers) throws Exception {
        PropertyManager.setPropertyManager(new Phone());
        FormDef form = XFormUtils.getFormFromInputStream(new ByteArrayInputStream(xform));
        FormEntryModel model = new FormEntryModel(form);
        FormEntryController entry = new FormEntryController(model);
        form.getLocalizer().setLocale("Русский (ru)");
        form.initialize(true, new InstanceInitializationFactory());
        Map<String, String> labels = new LinkedHashMap<>();
        for (int event = entry.stepToNextEvent(); event != FormEntryController.EVENT_END_OF_FORM;
                event = entry.stepToNextEvent()) {
            if (event == FormEntryController.EVENT_QUESTION) {
                String name = model.getFormIndex().getReference().getNameLast();
                labels.put(name, model.getQuestionPrompt().getQuestionText());
                if (answers.containsKey(name)) {
                    assertThat(entry.answerQuestion(answers.get(name), true)).as(name)
                            .isEqualTo(FormEntryController.ANSWER_OK);
                }
            }
        }
        assertThat(labels).containsKeys("what", "when", "where", "location", "link", "photo");
        assertThat(labels.get("what")).as("the form speaks Russian to a Russian phone").startsWith("Что произошло");
        entry.finalizeFormEntry();
        return new XFormSerializingVisitor().serializeInstance(form.getInstance());
    }

    private HttpResponse<String> submit(String account, byte[] instance, Map<String, byte[]> files, String language)
            throws Exception {
        String boundary = "kuzet-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "xml_submission_file", "submission.xml", "text/xml", instance);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            part(body, boundary, file.getKey(), file.getKey(), "image/png", file.getValue());
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(as(account, "/api/openrosa/submission")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, String type,
            byte[] content) throws IOException {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder as(String account, String path) {
        String basic = Base64.getEncoder().encodeToString((account + ":" + Staff.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(url(path)).header("Authorization", "Basic " + basic);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private byte[] bytes(HttpRequest.Builder request) throws Exception {
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern.pattern()).isTrue();
        return m.group(1);
    }

    private static String md5(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
    }

    /** What a phone tells the form engine about itself, as Collect does: its device id. */
    private static final class Phone implements IPropertyManager {

        @Override
        public List<String> getProperty(String name) {
            String value = getSingularProperty(name);
            return value == null ? null : List.of(value);
        }

        @Override
        public String getSingularProperty(String name) {
            return "deviceid".equals(name) ? PHONE : null;
        }

        @Override
        public void setProperty(String name, String value) {
        }

        @Override
        public void setProperty(String name, List<String> values) {
        }

        @Override
        public void addRules(IPropertyRules rules) {
        }

        @Override
        public List<IPropertyRules> getRules() {
            return List.of();
        }
    }

    /** A small real PNG, as a phone's camera would send a JPEG. */
    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 2, 0x3366cc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
