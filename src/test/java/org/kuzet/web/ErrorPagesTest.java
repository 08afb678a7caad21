package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whatever the address, the answer is Kuzet's own: the error page in the visitor's language for a browser,
 * problem+json for the API, never the servlet container's page and never a 500. The requests are written on a
 * socket by hand, as an HTTP client library would refuse (or repair) the malformed addresses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTest {

    private static final List<String> MALFORMED = List.of("/incidents/%ZZ", "/a//b", "/..;/staff", "/incidents%2F1",
            "/incidents/%2e%2e/staff", "/incidents;jsessionid=x/1", "/incidents/%00");

    @LocalServerPort
    int port;

    /** The status line, the headers and the body, as the server wrote them. */
    private record Answer(int status, String head, String body) {
    }

    private Answer get(String target, String accept, String language) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept + "\r\nAccept-Language: "
                    + language + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String head = split < 0 ? answer : answer.substring(0, split);
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, split < 0 ? "" : answer.substring(split));
        }
    }

    @Test
    void errorAskedForDirectlyIsANotFoundPageNotAFailure() throws Exception {
        Answer page = get("/error", "text/html", "en");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("This page does not exist");
        Answer problem = get("/error", "application/json", "en");
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.head()).contains("application/problem+json");
    }

    @Test
    void malformedPathsGetKuzetsPageInTheVisitorsLanguage() throws Exception {
        for (String path : MALFORMED) {
            Answer page = get(path, "text/html", "ru");
            assertThat(page.status()).as(path).isBetween(400, 499);
            assertThat(page.body()).as(path).contains("Что-то пошло не так")
                    .doesNotContainIgnoringCase("tomcat")
                    .doesNotContain("Exception");
        }
        // a request line too long or holding a character HTTP does not allow: its headers are not read, so the
        // page is in English
        for (String path : List.of("/" + "x".repeat(9000), "/incidents/\\..\\staff")) {
            Answer page = get(path, "text/html", "ru");
            assertThat(page.status()).as(path).isBetween(400, 499);
            assertThat(page.body()).as(path).contains("Something went wrong").doesNotContainIgnoringCase("tomcat");
        }
    }

    @Test
    void malformedApiPathsGetAProblem() throws Exception {
        for (String path : List.of("/api/v1/incidents/%ZZ", "/api/v1//incidents", "/api/v1/incidents%2F1",
                "/api/v1/..;/incidents")) {
            Answer problem = get(path, "*/*", "en");
            assertThat(problem.status()).as(path).isBetween(400, 499);
            assertThat(problem.head()).as(path).contains("application/problem+json");
            assertThat(problem.body()).as(path).doesNotContainIgnoringCase("tomcat");
        }
    }

    @Test
    void aBrowserFollowingALinkToAMissingPrintablePageGetsThePageAProgramTheProblem() throws Exception {
        // a visitor's browser asks for a page first; the answer was problem+json in English
        Answer page = get("/cases/987654.pdf?lang=kk", "text/html,application/xhtml+xml,*/*;q=0.8", "kk");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.head()).contains("text/html");
        assertThat(page.body()).contains("Бірдеңе дұрыс болмады").doesNotContain("\"instance\"");
        Answer problem = get("/cases/987654.pdf", "*/*", "en");
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.head()).contains("application/problem+json");
    }

    @Test
    void aControlCharacterInAParameterIsRefusedNamingIt() throws Exception {
        Answer page = get("/incidents?q=a%00b", "text/html", "kk");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("<code>q</code>").contains("басқару таңбасы");
    }
}
