package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The report page offers "Publish this report" to those who may publish, and not to a monitor. */
@SpringBootTest
@AutoConfigureMockMvc
class OfferedActionsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void onlyEditorsAndAdminsAreOfferedToPublishAReport() throws Exception {
        assertThat(page("MONITOR")).contains("download-pdf-en").doesNotContain("Publish this report");
        assertThat(page("EDITOR")).contains("Publish this report");
        assertThat(page("ADMIN")).contains("Publish this report");
    }

    private String page(String role) throws Exception {
        return mvc.perform(get("/staff/reports").param("period", "2024-03").with(user("r." + role).roles(role)))
                .andReturn().getResponse().getContentAsString();
    }
}
