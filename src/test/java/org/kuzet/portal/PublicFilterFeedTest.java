package org.kuzet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The public list's filter as an Atom feed (every entry with the service as its author), linked from the list; the
 * CSV and JSON downloads say which filter they hold and how many of all published incidents, in the visitor's
 * language; nothing confidential or unpublished leaves.
 */
@SpringBootTest
@AutoConfigureMockMvc
@OwnDatabase // the downloads say how many of all published incidents they hold
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicFilterFeedTest {

    private static final String SECRET = "whistleblower-phone-5550172";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void fixture() {
        incident("Reporter detained at a rally in Kostanay", "2024-05-12", "kz-kostanay", "published");
        incident("Newspaper office searched in Kostanay", "2023-11-02", "kz-kostanay", "published");
        incident("Blogger warned by the prosecutor in Astana", "2024-02-20", "kz-astana", "published");
        incident("Draft about a Kostanay editor " + SECRET, "2024-06-01", "kz-kostanay", "draft");
    }

    @Test
    void theFeedHoldsTheFilteredIncidentsEachWithAnAuthor() throws Exception {
        Document feed = atom("/feed.atom?region=kz-kostanay-region&year=2024");
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(1);
        Element entry = (Element) entries.item(0);
        assertThat(text(entry, "title")).isEqualTo("Reporter detained at a rally in Kostanay");
        assertThat(text(entry, "name")).isEqualTo("Kuzet");
        assertThat(text(entry, "id")).isNotBlank();
        assertThat(text(entry, "updated")).isNotBlank();
        assertThat(text(feed.getDocumentElement(), "updated")).isNotBlank();
        assertThat(((Element) feed.getDocumentElement().getElementsByTagNameNS(ATOM, "author").item(0))
                .getParentNode()).isSameAs(feed.getDocumentElement());

        Document all = atom("/feed.atom?region=kz-kostanay-region");
        NodeList both = all.getElementsByTagNameNS(ATOM, "entry");
        assertThat(both.getLength()).isEqualTo(2);
        for (int i = 0; i < both.getLength(); i++) {
            assertThat(text((Element) both.item(i), "name")).isEqualTo("Kuzet");
        }
        assertThat(body("/feed.atom?region=kz-kostanay-region")).doesNotContain(SECRET);
        // an empty selection is still a valid feed, with its own <updated>
        Document none = atom("/feed.atom?month=2020-01");
        assertThat(none.getElementsByTagNameNS(ATOM, "entry").getLength()).isZero();
        assertThat(text(none.getDocumentElement(), "updated")).isNotBlank();
    }

    @Test
    void theListLinksToItsFeedAndABadFilterIsRefused() throws Exception {
        assertThat(body("/incidents?region=kz-kostanay-region&year=2024"))
                .contains("id=\"feed-list\" href=\"/feed.atom?region=kz-kostanay-region&amp;year=2024\"");
        mvc.perform(get("/feed.atom?year=20x4")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void theDownloadsSayWhichFilterAndHowManyOfHowMany() throws Exception {
        String csv = body("/incidents.csv?region=kz-kostanay-region&lang=ru").replace("\uFEFF", "");
        java.util.List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).startsWith("# Kuzet: 2 из 3 опубликованных нарушений. Фильтр: Регион: ")
                .contains("Костанай");
        assertThat(lines.get(1)).startsWith("id,date,title");
        assertThat(lines).hasSize(4);
        assertThat(csv).doesNotContain(SECRET);

        mvc.perform(get("/incidents.json?year=2024&lang=kk")).andExpect(status().isOk())
                .andExpect(jsonPath("$.selected").value(2))
                .andExpect(jsonPath("$.published").value(3))
                .andExpect(jsonPath("$.parameters.year").value("2024"))
                .andExpect(jsonPath("$.note").value("Kuzet: 3 жарияланған бұзушылықтың 2. Сүзгі: Жыл: 2024."))
                .andExpect(jsonPath("$.incidents.length()").value(2));
        mvc.perform(get("/incidents.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.note").value(
                        "Kuzet: 3 of 3 published incidents. Filter: none (every published incident)."));
        assertThat(body("/incidents.json")).doesNotContain(SECRET).doesNotContain("confidential");
    }

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private Document atom(String url) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(body(url))));
    }

    /** The text of the element's first descendant of that name (direct children first, as Atom nests them). */
    private static String text(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(ATOM, name);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent().trim();
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void incident(String title, String date, String place, String state) {
        jdbc.sql("""
                insert into incident (title, summary, occurred_on, date_precision, place_code, primary_category,
                    workflow_state, published_at, confidential_notes)
                values (?, 'summary', ?, 'day', ?, 'threats', ?, case when ? = 'published' then now() end, ?)""")
                .params(title, LocalDate.parse(date), place, state, state, "confidential " + SECRET).update();
    }
}
