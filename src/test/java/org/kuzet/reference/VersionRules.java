package org.kuzet.reference;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The version rules every record changed through the API keeps, checked the same way for each kind: a read answers
 * its revision as the ETag, a change must name the version it was made on, and a change made on a version someone
 * else changed first is refused instead of written over theirs.
 *
 * @param staff the account that reads and changes the records
 */
public record VersionRules(MockMvc mvc, JsonMapper json, RequestPostProcessor staff) {

    /** How a record is changed: a PUT on it, or a POST to one of its parts (a case's new event). */
    public record Change(HttpMethod method, String part) {

        public static final Change PUT = new Change(HttpMethod.PUT, "");

        public static Change post(String part) {
            return new Change(HttpMethod.POST, part);
        }
    }

    /** Creates a record in {@code collection}, answered with its first version; returns the record's address. */
    public String created(String collection, String body) throws Exception {
        String answer = mvc.perform(post(collection).with(staff).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"1\""))
                .andReturn().getResponse().getContentAsString();
        return collection + "/" + json.readTree(answer).get("id").longValue();
    }

    /** The record's revision as its body states it, after checking that the ETag answers the same. */
    public int revisionOf(String url) throws Exception {
        String body = mvc.perform(get(url).with(staff)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        int revision = json.readTree(body).get("revision").intValue();
        mvc.perform(get(url).with(staff)).andExpect(header().string("ETag", "\"" + revision + "\""));
        return revision;
    }

    /** A change of the record at {@code url} naming its version by If-Match, or by nothing when null. */
    public ResultActions change(Change change, String url, String body, String ifMatch) throws Exception {
        MockHttpServletRequestBuilder request = request(change.method(), url + change.part()).with(staff)
                .contentType(MediaType.APPLICATION_JSON).content(body);
        return mvc.perform(ifMatch == null ? request : request.header("If-Match", ifMatch));
    }

    /** A change naming no version is answered 428 and changes nothing. */
    public void changeNeedsAVersion(Change change, String url, String body) throws Exception {
        int before = revisionOf(url);
        change(change, url, body, null).andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.current_version").value(before));
        change(change, url, body, " ").andExpect(status().isPreconditionRequired());
        org.assertj.core.api.Assertions.assertThat(revisionOf(url)).isEqualTo(before);
    }

    /** A change naming the stored version by If-Match is made and answers the next one, in its ETag and body. */
    public void changeOnTheStoredVersionAnswersTheNext(Change change, String url, String body) throws Exception {
        int before = revisionOf(url);
        change(change, url, body, "\"" + before + "\"").andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + (before + 1) + "\""))
                .andExpect(jsonPath("$.revision").value(before + 1));
        org.assertj.core.api.Assertions.assertThat(revisionOf(url)).isEqualTo(before + 1);
    }

    /**
     * Of two changes made on one version, the first is made and the second, naming the same version in its body,
     * is answered 412 with the stored version; what the first wrote ({@code path} reads {@code kept}) stays.
     */
    public void secondChangeOnOneVersionIsRefused(Change change, String url, String first, String second,
            String path, Object kept) throws Exception {
        int read = revisionOf(url);
        change(change, url, first, "\"" + read + "\"").andExpect(status().isOk());
        change(change, url, stating(second, read), null).andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", "\"" + (read + 1) + "\""))
                .andExpect(jsonPath("$.current_version").value(read + 1));
        mvc.perform(get(url).with(staff)).andExpect(jsonPath(path).value(kept))
                .andExpect(header().string("ETag", "\"" + (read + 1) + "\""));
    }

    /** The body with its {@code revision} field set: the other way a client names the version it read. */
    private String stating(String body, int revision) {
        return json.writeValueAsString(((tools.jackson.databind.node.ObjectNode) json.readTree(body))
                .put("revision", revision));
    }
}
