package org.kuzet.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.security.ApiTokens;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The administrators' accounts pages: a new account comes with its one-time link, a wrong name is named beside its
 * field, roles change, tokens are revoked, one's own account is not changed, and nobody but an administrator gets
 * in. The overview offers the page to administrators only and says what "this month so far" counts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ApiTokens tokens;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final RequestPostProcessor admin = user("admin.pages").roles("ADMIN");

    @Test
    void aNewAccountComesWithItsLinkInThePagesLanguageAndItsRoleChanges() throws Exception {
        String aigul = "monitor.aigul." + run;
        MvcResult created = mvc.perform(post("/staff/accounts?lang=kk").param("username", aigul)
                .param("display_name", "Айгүл").param("role", "monitor").with(csrf()).with(admin))
                .andExpect(status().is3xxRedirection()).andReturn();

        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/staff/accounts/" + aigul + "?lang=kk");
        assertThat((String) created.getFlashMap().get("link")).contains("/password-reset?token=");
        assertThat(accounts.find(aigul).orElseThrow().role()).isEqualTo(Role.MONITOR);

        mvc.perform(post("/staff/accounts/" + aigul + "/role").param("role", "editor").with(csrf()).with(admin))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.find(aigul).orElseThrow().role()).isEqualTo(Role.EDITOR);
        assertThat(page("/staff/accounts/" + aigul + "?lang=ru", admin)).contains("Редактор", "Айгүл",
                "Создать ссылку для пароля");
        assertThat(page("/staff/accounts?lang=kk", admin)).contains(aigul, "Есептік жазба құру");
    }

    @Test
    void aWrongNameIsNamedBesideItsFieldAndNothingIsMade() throws Exception {
        String typed = "Not A Name " + run;
        String answer = mvc.perform(post("/staff/accounts?lang=ru").param("username", typed).param("role", "monitor")
                .with(csrf()).with(admin)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(answer).contains("id=\"username-error\"", "aria-invalid=\"true\"", "латинские буквы a-z");
        assertThat(accounts.exists(typed)).isFalse();
    }

    @Test
    void anAccountsTokenIsRevokedAndTheAdministratorsOwnAccountIsNotChangedHere() throws Exception {
        String bolat = "editor.bolat." + run;
        accounts.create(bolat, "Bolat", "correct horse battery", Role.EDITOR);
        ApiTokens.Issued token = tokens.create(bolat, "nightly export");
        assertThat(page("/staff/accounts/" + bolat, admin)).contains("nightly export");

        mvc.perform(post("/staff/accounts/" + bolat + "/tokens/" + token.id() + "/revoke").with(csrf()).with(admin))
                .andExpect(status().is3xxRedirection());
        assertThat(tokens.of(bolat).getFirst().revokedAt()).isNotNull();

        String me = "admin.own." + run;
        accounts.create(me, "Me", "correct horse battery", Role.ADMIN);
        mvc.perform(post("/staff/accounts/" + me + "/enabled").param("enabled", "false").with(csrf())
                .with(user(me).roles("ADMIN"))).andExpect(status().isConflict());
        assertThat(accounts.find(me).orElseThrow().enabled()).isTrue();
        assertThat(page("/staff/accounts/" + me, user(me).roles("ADMIN"))).contains("This is your own account")
                .doesNotContain("Disable the account");
    }

    @Test
    void onlyAdministratorsGetInAndTheOverviewOffersThePageToThemAlone() throws Exception {
        for (String role : new String[] {"EDITOR", "MONITOR", "CORRESPONDENT"}) {
            mvc.perform(get("/staff/accounts").with(user("someone." + run).roles(role))).andExpect(status().isForbidden());
            mvc.perform(post("/staff/accounts").param("username", "intruder." + run).param("role", "admin")
                    .with(csrf()).with(user("someone." + run).roles(role))).andExpect(status().isForbidden());
        }
        assertThat(accounts.exists("intruder." + run)).isFalse();
        assertThat(page("/staff", admin)).contains("href=\"/staff/accounts\"");
        assertThat(page("/staff", user("monitor.x." + run).roles("MONITOR"))).doesNotContain("/staff/accounts")
                .contains("drafts, those in review, published and rejected ones are all counted");
        assertThat(page("/staff?lang=ru", user("correspondent.x." + run).roles("CORRESPONDENT")))
                .contains("черновики не учтены");
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
