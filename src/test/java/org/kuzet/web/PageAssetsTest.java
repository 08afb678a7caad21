package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Every stylesheet and script a page links to is served (a page without its stylesheet is unusable on a phone). */
@SpringBootTest
@AutoConfigureMockMvc
class PageAssetsTest {

    private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/(?:assets|webjars)/[^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void theStylesheetAndScriptsOfThePagesAreServed() throws Exception {
        List<String> assets = new ArrayList<>();
        for (String page : List.of("/", "/charts", "/incidents")) {
            Matcher m = LINKED.matcher(mvc.perform(get(page)).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
            while (m.find()) {
                assets.add(m.group(1));
            }
        }
        assertThat(assets).contains("/assets/css/kuzet.css", "/assets/js/charts.js");
        for (String asset : assets) {
            assertThat(mvc.perform(get(asset)).andReturn().getResponse().getStatus()).as(asset).isEqualTo(200);
        }
    }
}
