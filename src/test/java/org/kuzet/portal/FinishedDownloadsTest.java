package org.kuzet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kuzet.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A region's CSV and JSON are kept whole once written: the same file again while nothing changed, and a new one as
 * soon as an incident is published there (the portal's data version moves).
 */
@SpringBootTest
@AutoConfigureMockMvc
class FinishedDownloadsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final String mark = TestData.unique("finished-download");

    @AfterEach
    void remove() {
        jdbc.sql("delete from incident where external_id = ?").param(mark).update();
    }

    @Test
    void theSameFileUntilTheDataChangesThenTheNewOne() throws Exception {
        for (String file : new String[] {"/incidents.csv", "/incidents.json"}) {
            byte[] first = download(file + "?region=kz-west-kazakhstan-region&lang=ru");
            byte[] again = download(file + "?region=kz-west-kazakhstan-region&lang=ru");
            assertThat(again).as(file + " while nothing changed").isEqualTo(first);
            assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContain(mark);
        }
        jdbc.sql("""
                insert into incident (external_id, title, summary, occurred_on, date_precision, place_code,
                                      primary_category, workflow_state, created_by, published_at, published_by)
                values (?, ?, 'Published in Oral', date '2024-03-05', 'day', 'kz-oral', 'threats', 'published',
                        'finished-test', now(), 'finished-test')""")
                .params(mark, "Journalist threatened " + mark).update();
        for (String file : new String[] {"/incidents.csv", "/incidents.json"}) {
            assertThat(new String(download(file + "?region=kz-west-kazakhstan-region&lang=ru"), StandardCharsets.UTF_8))
                    .as(file + " after a publication in the region").contains(mark);
        }
    }

    private byte[] download(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsByteArray();
    }
}
