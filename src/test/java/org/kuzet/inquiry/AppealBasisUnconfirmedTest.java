package org.kuzet.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The appeal's term (15 working days, extendable once) is entered without a legal text to check it against: the
 * administrator's page of bases says, in each language, that the service is to confirm it, on that basis only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AppealBasisUnconfirmedTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({"en, to be confirmed by the service", "ru, должна подтвердить служба", "kk, қызмет заңның қолданыстағы мәтіні бойынша растауы тиіс"})
    void theAppealsTermIsMarkedToBeConfirmedByTheService(String lang, String words) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/staff/admin/deadlines").param("lang", lang)
                        .with(user("admin.bases").roles("ADMIN"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(page.select("#basis-appeal .unconfirmed").text()).contains(words);
        assertThat(page.select("#basis-access_to_information .unconfirmed")).isEmpty();
    }
}
