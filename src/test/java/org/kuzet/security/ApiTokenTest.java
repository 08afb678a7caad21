package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kuzet.security.LoginLockoutTest.from;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.kuzet.core.Sha256;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Bearer tokens: they work for their owner's role, are stored only as hashes, and die when revoked. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenSignsTheScriptInUntilItIsRevoked() throws Exception {
        accounts.create("script-owner", "Script Owner", "Script-Owner-Password-1", Role.MONITOR);
        ApiTokens.Issued issued = tokens.create("script-owner", "nightly export");
        assertThat(issued.token()).startsWith("kuzet_").hasSizeGreaterThan(40);

        assertThat(call(issued.token())).isEqualTo(200);
        assertThat(jdbc.sql("select last_used_at is not null from api_token where id = ?").param(issued.id())
                .query(Boolean.class).single()).isTrue();

        assertThat(tokens.revoke(issued.id())).isTrue();
        assertThat(call(issued.token())).isEqualTo(401);
        assertThat(tokens.revoke(issued.id())).as("revoked only once").isFalse();
    }

    @Test
    void onlyTheHashIsStored() {
        accounts.create("hash-owner", "Hash Owner", "Hash-Owner-Password-1", Role.EDITOR);
        ApiTokens.Issued issued = tokens.create("hash-owner", "ci");
        String stored = jdbc.sql("select token_hash from api_token where id = ?").param(issued.id())
                .query(String.class).single();
        assertThat(stored).isEqualTo(Sha256.hex(issued.token())).doesNotContain(issued.token());
    }

    @Test
    void aTokenCarriesItsOwnersRoleNotMore() throws Exception {
        accounts.create("field-reporter", "Field Reporter", "Field-Reporter-Password-1", Role.CORRESPONDENT);
        ApiTokens.Issued issued = tokens.create("field-reporter", "phone");
        assertThat(call(issued.token())).as("a correspondent may not read the audit log").isEqualTo(403);
    }

    @Test
    void anUnknownTokenIsRefused() throws Exception {
        assertThat(call("kuzet_madeUpTokenThatWasNeverIssuedByAnyone000000000")).isEqualTo(401);
        assertThat(call("not-even-the-format")).isEqualTo(401);
    }

    private int call(String token) throws Exception {
        return mvc.perform(get("/api/v1/audit").param("entity_type", "incident").param("entity_id", "1")
                .header("Authorization", "Bearer " + token).with(from("10.8.0.1"))).andReturn().getResponse().getStatus();
    }
}
