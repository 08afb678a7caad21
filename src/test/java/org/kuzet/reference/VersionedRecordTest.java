package org.kuzet.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The version rules every record changed through the API keeps, checked the same way for each kind (a subclass
 * per kind gives a sample): a read answers its revision as the ETag, a change must name the version it was made
 * on, and a change made on a version someone else changed first is refused instead of written over theirs.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class VersionedRecordTest {

    /**
     * Records of one kind to try the rules on.
     *
     * @param collection where they are created, e.g. {@code /api/v1/actors}
     * @param created the record as created
     * @param first a change made first, which must be kept
     * @param second another change, made on the same version as the first
     * @param keptPath a JSON path showing the first change: it reads {@code kept}
     */
    public record Sample(String collection, String created, String first, String second, String keptPath,
            Object kept) {
    }

    /** How a record is changed: a PUT on it, or a POST to one of its parts (a case's new event). */
    public record Change(HttpMethod method, String part) {

        public static final Change PUT = new Change(HttpMethod.PUT, "");

        public static Change post(String part) {
            return new Change(HttpMethod.POST, part);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    StaffAccounts accounts;

    private RequestPostProcessor staff;
    /** The address of the record each test starts from, at its first version. */
    protected String url;

    protected abstract Sample sample();

    /** The role that creates and changes the records. */
    protected Role role() {
        return Role.MONITOR;
    }

    @BeforeEach
    void aRecordAtItsFirstVersion() throws Exception {
        staff = Staff.as(accounts, role());
        String answer = mvc.perform(post(sample().collection()).with(staff).contentType(MediaType.APPLICATION_JSON)
                        .content(sample().created()))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"1\""))
                .andReturn().getResponse().getContentAsString();
        url = sample().collection() + "/" + json.readTree(answer).get("id").longValue();
    }

    @Test
    void aReadAnswersItsRevisionAsTheETag() throws Exception {
        assertThat(revisionOf(url)).isEqualTo(1);
    }

    @Test
    void ofTwoChangesOnOneVersionTheFirstIsKept() throws Exception {
        secondChangeOnOneVersionIsRefused(Change.PUT, sample().first(), sample().second(), sample().keptPath(),
                sample().kept());
    }

    @Test
    void aChangeMustNameItsVersion() throws Exception {
        changeNeedsAVersion(Change.PUT, sample().second());
    }

    @Test
    void aChangeOnTheStoredVersionIsMade() throws Exception {
        changeOnTheStoredVersionAnswersTheNext(Change.PUT, sample().second());
    }

    @Test
    void aRevisionThatIsNoNumberIsNamedAsBadInput() throws Exception {
        change(Change.PUT, stating(sample().second(), "latest"), null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("revision"));
        assertThat(revisionOf(url)).isEqualTo(1);
    }

    /** The record's revision as its body states it, after checking that the ETag answers the same. */
    protected int revisionOf(String record) throws Exception {
        String body = mvc.perform(get(record).with(staff)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        int revision = json.readTree(body).get("revision").intValue();
        mvc.perform(get(record).with(staff)).andExpect(header().string("ETag", "\"" + revision + "\""));
        return revision;
    }

    /** A change of the record naming its version by If-Match, or by nothing when null. */
    protected ResultActions change(Change change, String body, String ifMatch) throws Exception {
        MockHttpServletRequestBuilder request = request(change.method(), url + change.part()).with(staff)
                .contentType(MediaType.APPLICATION_JSON).content(body);
        return mvc.perform(ifMatch == null ? request : request.header("If-Match", ifMatch));
    }

    /** A change naming no version (or a blank If-Match) is answered 428 and changes nothing. */
    protected void changeNeedsAVersion(Change change, String body) throws Exception {
        int before = revisionOf(url);
        change(change, body, null).andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.current_version").value(before));
        change(change, body, " ").andExpect(status().isPreconditionRequired());
        assertThat(revisionOf(url)).isEqualTo(before);
    }

    /** A change naming the stored version by If-Match is made and answers the next one, in its ETag and body. */
    protected void changeOnTheStoredVersionAnswersTheNext(Change change, String body) throws Exception {
        int before = revisionOf(url);
        change(change, body, "\"" + before + "\"").andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + (before + 1) + "\""))
                .andExpect(jsonPath("$.revision").value(before + 1));
        assertThat(revisionOf(url)).isEqualTo(before + 1);
    }

    /**
     * Of two changes made on one version, the first (named by If-Match) is made and the second, naming the same
     * version in its body, is answered 412 with the stored version; what the first wrote stays.
     */
    protected void secondChangeOnOneVersionIsRefused(Change change, String first, String second, String keptPath,
            Object kept) throws Exception {
        int read = revisionOf(url);
        change(change, first, "\"" + read + "\"").andExpect(status().isOk());
        change(change, stating(second, read), null).andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", "\"" + (read + 1) + "\""))
                .andExpect(jsonPath("$.current_version").value(read + 1));
        mvc.perform(get(url).with(staff)).andExpect(jsonPath(keptPath).value(kept))
                .andExpect(header().string("ETag", "\"" + (read + 1) + "\""));
    }

    /** The body with its {@code revision} field set: the other way a client names the version it read. */
    private String stating(String body, Object revision) {
        ObjectNode node = (ObjectNode) json.readTree(body);
        node.set("revision", json.valueToTree(revision));
        return json.writeValueAsString(node);
    }
}
