package org.kuzet.reliability;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kuzet.security.ApiTokens;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sets up a running Kuzet for {@link MixedLoad} (an editor with one API token per client, as separate scripts would
 * have) and checks afterwards that every acknowledged write is in the database with what was sent.
 */
final class LoadBench {

    private LoadBench() {
    }

    static MixedLoad.Outcome run(ApplicationContext kuzet, int clients, Duration duration) throws InterruptedException {
        String port = kuzet.getEnvironment().getRequiredProperty("local.server.port");
        StaffAccounts accounts = kuzet.getBean(StaffAccounts.class);
        ApiTokens tokens = kuzet.getBean(ApiTokens.class);
        String editor = "load-editor-" + System.nanoTime();
        accounts.create(editor, "Load Editor", "Load-Editor-Password-1", Role.EDITOR);
        List<String> issued = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            issued.add(tokens.create(editor, "load client " + c).token());
        }
        return new MixedLoad(URI.create("http://127.0.0.1:" + port + "/"), issued, duration).run();
    }

    /** Every acknowledged write that is missing or differs from what was sent, described; empty when all hold. */
    static List<String> missingOrChanged(ApplicationContext kuzet, List<MixedLoad.Acknowledged> writes) {
        return missingOrChanged(kuzet.getBean(JdbcClient.class), writes);
    }

    /** As above, on the database itself (for processes of their own). */
    static List<String> missingOrChanged(JdbcClient db, List<MixedLoad.Acknowledged> writes) {
        List<String> problems = new ArrayList<>();
        for (MixedLoad.Acknowledged write : writes) {
            Optional<MixedLoad.Acknowledged> stored = db.sql("""
                            select id, title, summary, place_code as place, workflow_state as state
                            from incident where id = ?""")
                    .param(write.id()).query(MixedLoad.Acknowledged.class).optional();
            if (stored.isEmpty()) {
                problems.add("incident " + write.id() + " is missing");
            } else if (!stored.get().equals(write)) {
                problems.add("incident " + write.id() + ": stored " + stored.get() + ", acknowledged " + write);
            }
        }
        return problems;
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
