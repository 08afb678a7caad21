package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.audit.AuditEntry;
import org.kuzet.audit.AuditLog;
import org.kuzet.core.Sha256;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Accounts an administrator keeps: a one-time password link works once, within its day, for an enabled account,
 * and is stored only as a hash; a newer link ends the older; roles change and accounts are disabled, never one's
 * own; only administrators may; every change is in the audit log without a secret in it.
 */
@SpringBootTest
@WithMockUser(username = "admin.reset", roles = "ADMIN")
class PasswordResetsTest {

    private static final String NEW_PASSWORD = "steppe wind over the river";

    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordResets resets;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aLinkSetsThePasswordOnceAndIsKeptOnlyAsAHash() {
        String aigul = "monitor.aigul." + run;
        accounts.createAwaitingPassword(aigul, "Aigul", Role.MONITOR);
        PasswordResets.Issued link = resets.issue(aigul);

        assertThat(jdbc.sql("select token_hash from password_reset where token_hash = ?").param(Sha256.hex(link.token()))
                .query(String.class).list()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from password_reset where token_hash like ?").param("%" + link.token() + "%")
                .query(Long.class).single()).isZero();
        assertThat(resets.holder(link.token())).contains(aigul);
        assertThat(resets.use(link.token(), NEW_PASSWORD)).contains(aigul);
        assertThat(encoder.matches(NEW_PASSWORD, accounts.loadUserByUsername(aigul).getPassword())).isTrue();
        assertThat(resets.use(link.token(), "another long password")).as("used up").isEmpty();
        assertThat(encoder.matches(NEW_PASSWORD, accounts.loadUserByUsername(aigul).getPassword())).isTrue();

        List<String> actions = audit.history("app_user", aigul).stream().map(AuditEntry::action).toList();
        assertThat(actions).containsExactly("user.created", "user.password_link_issued", "user.password_reset");
        assertThat(audit.history("app_user", aigul).toString()).doesNotContain(link.token()).doesNotContain(NEW_PASSWORD);
    }

    @Test
    void anExpiredLinkAReplacedLinkAndADisabledAccountsLinkDoNothing() {
        String dana = "editor.dana." + run;
        accounts.createAwaitingPassword(dana, "Dana", Role.EDITOR);
        PasswordResets.Issued older = resets.issue(dana);
        PasswordResets.Issued newer = resets.issue(dana);
        assertThat(resets.holder(older.token())).as("replaced").isEmpty();
        assertThat(resets.holder(newer.token())).contains(dana);

        jdbc.sql("update password_reset set expires_at = now() - interval '1 minute' where token_hash = ?")
                .param(Sha256.hex(newer.token())).update();
        assertThat(resets.use(newer.token(), NEW_PASSWORD)).as("expired").isEmpty();

        PasswordResets.Issued third = resets.issue(dana);
        accounts.setEnabled(dana, false);
        assertThat(resets.holder(third.token())).as("account disabled").isEmpty();
        accounts.setEnabled(dana, true);
        assertThat(resets.holder(third.token())).contains(dana);
    }

    @Test
    void anAdministratorChangesOthersRolesAndAccessButNotTheirOwn() {
        String bolat = "monitor.bolat." + run;
        accounts.createAwaitingPassword(bolat, "", Role.MONITOR);
        accounts.changeRole(bolat, Role.EDITOR);
        accounts.setEnabled(bolat, false);

        StaffAccounts.Account changed = accounts.find(bolat).orElseThrow();
        assertThat(changed.role()).isEqualTo(Role.EDITOR);
        assertThat(changed.enabled()).isFalse();
        assertThat(changed.displayName()).as("a blank name is the username").isEqualTo(bolat);
        assertThat(accounts.loadUserByUsername(bolat).isEnabled()).isFalse();
        assertThat(audit.history("app_user", bolat)).extracting(AuditEntry::action)
                .containsExactly("user.created", "user.role_changed", "user.disabled");
        assertThat(audit.history("app_user", bolat).get(1).actor()).isEqualTo("admin.reset");

        if (!accounts.exists("admin.reset")) {
            accounts.create("admin.reset", "Admin", "correct horse battery", Role.ADMIN);
        }
        assertThatThrownBy(() -> accounts.setEnabled("admin.reset", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accounts.changeRole("admin.reset", Role.MONITOR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithMockUser(username = "editor.not-admin", roles = "EDITOR")
    void onlyAnAdministratorMakesLinksAndChangesAccounts() {
        String saule = "correspondent.saule." + run;
        accounts.create(saule, "Saule", "correct horse battery", Role.CORRESPONDENT);
        assertThatThrownBy(() -> resets.issue(saule)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.changeRole(saule, Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.setEnabled(saule, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.createAwaitingPassword("x." + run, "", Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.find(saule).orElseThrow().role()).isEqualTo(Role.CORRESPONDENT);
    }
}
