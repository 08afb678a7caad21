package org.kuzet.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.KuzetApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 8: "a process killed (kill -9) in the middle of a bulk import leaves each file wholly in or wholly out".
 * A real {@code import f1 f2 f3} runs in its own JVM on a persistent data directory; once the first file is reported
 * imported and the second file's transaction has begun writing, the JVM gets SIGKILL. Kuzet is then started again
 * on the same directory (the PostgreSQL the dead JVM left running is stopped first) and every file must be there
 * completely, with all its actors, sources, incidents and victims, or not at all.
 */
class KilledImportTest {

    private static final int FILES = 3;
    private static final int ACTORS_PER_FILE = 40;
    private static final int SOURCES_PER_FILE = 40;
    private static final int INCIDENTS_PER_FILE = 400;

    @TempDir
    Path work;

    @Test
    void eachFileIsWhollyInOrWhollyOutAfterAKillDuringTheImport() throws Exception {
        Path dataDir = work.resolve("data");
        List<Path> files = new ArrayList<>();
        for (int f = 1; f <= FILES; f++) {
            files.add(writeDataset(f));
        }

        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                KuzetApplication.class.getName(), "import"));
        files.forEach(p -> command.add(p.toString()));
        // the test classpath carries the test configuration (an ephemeral database): this run must use a real one
        command.add("--kuzet.db.ephemeral=false");
        command.add("--kuzet.db.data-dir=" + dataDir);
        Process importer = new ProcessBuilder(command).redirectError(work.resolve("import.err").toFile()).start();

        List<String> reported = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(importer.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = awaitLine(out, files.get(0) + ": ");
            assertThat(line).as("the import of the first file (stderr in %s)", work.resolve("import.err"))
                    .isEqualTo(files.get(0) + ": imported");
            reported.add(line);
            awaitWritingTransaction(dataDir, importer);
            assertThat(importer.isAlive()).as("the importer is still at work when it is killed").isTrue();
            importer.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no rollback by the JVM
        }

        try (ConfigurableApplicationContext kuzet = new SpringApplicationBuilder(KuzetApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .run("--kuzet.db.ephemeral=false", "--kuzet.db.data-dir=" + dataDir)) {
            JdbcClient db = kuzet.getBean(JdbcClient.class);
            Map<Integer, Boolean> present = new LinkedHashMap<>();
            for (int f = 1; f <= FILES; f++) {
                Map<String, Integer> counts = counts(db, f);
                Map<String, Integer> whole = Map.of("actors", ACTORS_PER_FILE, "sources", SOURCES_PER_FILE,
                        "incidents", INCIDENTS_PER_FILE, "victims", 2 * INCIDENTS_PER_FILE,
                        "incident sources", INCIDENTS_PER_FILE);
                Map<String, Integer> none = Map.of("actors", 0, "sources", 0, "incidents", 0, "victims", 0,
                        "incident sources", 0);
                assertThat(counts).as("file %d after the kill (reported: %s)", f, reported).isIn(whole, none);
                present.put(f, counts.equals(whole));
            }
            assertThat(present.get(1)).as("the file reported imported before the kill").isTrue();
            assertThat(present.values()).as("the kill came before the end of the import").contains(false);
            // what a file committed is also what was in it
            assertThat(db.sql("select title from incident where external_id = ?")
                    .param("incident/crash-f1-" + (INCIDENTS_PER_FILE - 1)).query(String.class).single())
                    .isEqualTo("Crash file 1, incident " + (INCIDENTS_PER_FILE - 1) + ": журналист задержан");
        }
    }

    /** Reads the importer's output until a line starting with the prefix; fails if the process ends first. */
    private static String awaitLine(BufferedReader out, String prefix) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("the importer ended without a line starting with " + prefix);
    }

    /**
     * Waits, on the dead-to-be JVM's own PostgreSQL (its port is in postmaster.pid), until some session holds a
     * transaction id: the next file's transaction has written its first rows but not committed.
     */
    private static void awaitWritingTransaction(Path dataDir, Process importer) throws SQLException, IOException {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
        String url = "jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres";
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            while (importer.isAlive()) {
                try (ResultSet r = s.executeQuery("select count(*) from pg_stat_activity where backend_xid is not null"
                        + " and pid <> pg_backend_pid() and backend_type = 'client backend'")) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        return;
                    }
                }
            }
        }
        throw new AssertionError("the importer ended before the next file's transaction was seen");
    }

    private static Map<String, Integer> counts(JdbcClient db, int file) {
        String incidents = "incident/crash-f" + file + "-%";
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("actors", count(db, "select count(*) from actor where external_id like ?", "actor/crash-f" + file
                + "-%"));
        counts.put("sources", count(db, "select count(*) from source where external_id like ?", "source/crash-f"
                + file + "-%"));
        counts.put("incidents", count(db, "select count(*) from incident where external_id like ?", incidents));
        counts.put("victims", count(db, "select count(*) from incident_victim v join incident i on i.id ="
                + " v.incident_id where i.external_id like ?", incidents));
        counts.put("incident sources", count(db, "select count(*) from incident_source s join incident i on i.id ="
                + " s.incident_id where i.external_id like ?", incidents));
        return counts;
    }

    private static int count(JdbcClient db, String sql, String pattern) {
        return db.sql(sql).param(pattern).query(Integer.class).single();
    }

    /** A dataset file of its own records: every external id carries the file's number. */
    private Path writeDataset(int f) throws IOException {
        StringBuilder json = new StringBuilder("{\"format\": \"kuzet-dataset/1\",\n\"actors\": [\n");
        for (int a = 0; a < ACTORS_PER_FILE; a++) {
            json.append(a == 0 ? "" : ",\n").append("{\"external_id\": \"actor/crash-f").append(f).append('-')
                    .append(a).append("\", \"kind\": \"person\", \"actor_type\": \"journalist\", \"name\": \"Журналист ")
                    .append(f).append('-').append(a).append("\"}");
        }
        json.append("],\n\"sources\": [\n");
        for (int s = 0; s < SOURCES_PER_FILE; s++) {
            json.append(s == 0 ? "" : ",\n").append("{\"external_id\": \"source/crash-f").append(f).append('-')
                    .append(s).append("\", \"kind\": \"correspondent_report\", \"title\": \"Report ").append(f)
                    .append('-').append(s).append("\", \"published_on\": \"2024-03\", \"archived_text\": \"Text of ")
                    .append("report ").append(f).append('-').append(s).append("\"}");
        }
        json.append("],\n\"incidents\": [\n");
        String[] places = {"kz-almaty", "kz-astana", "kz-kostanay"};
        for (int i = 0; i < INCIDENTS_PER_FILE; i++) {
            json.append(i == 0 ? "" : ",\n").append("{\"external_id\": \"incident/crash-f").append(f).append('-')
                    .append(i).append("\", \"title\": \"Crash file ").append(f).append(", incident ").append(i)
                    .append(": журналист задержан\", \"summary\": \"Generated for the kill test.\", \"date\": \"2024-")
                    .append(String.format("%02d-%02d", 1 + i % 12, 1 + i % 28)).append("\", \"place\": \"")
                    .append(places[i % places.length]).append("\", \"primary_category\": \"accreditation_denial\",")
                    .append(" \"categories\": [\"refusal_of_information\"], \"verification\": \"confirmed\",")
                    .append(" \"state\": \"").append(i % 2 == 0 ? "published" : "draft").append("\", \"victims\": [")
                    .append("{\"actor\": \"actor/crash-f").append(f).append('-').append(i % ACTORS_PER_FILE)
                    .append("\", \"name\": \"Journalist\", \"kind\": \"journalist\", \"gender\": null},")
                    .append("{\"actor\": null, \"name\": \"Editorial office\", \"kind\": \"media_outlet\"}],")
                    .append(" \"perpetrators\": [{\"name\": \"Akimat\", \"type\": \"state_body\"}],")
                    .append(" \"sources\": [\"source/crash-f").append(f).append('-').append(i % SOURCES_PER_FILE)
                    .append("\"]}");
        }
        json.append("]}\n");
        Path file = work.resolve("file" + f + ".json");
        Files.writeString(file, json);
        return file;
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
