package org.kuzet.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.kuzet.dataset.internal.DatasetImport;
import org.kuzet.dataset.internal.FileImport;
import org.kuzet.dataset.ImportRun;
import org.kuzet.security.Role;

/**
 * Not part of the test suite (the name does not end in Test): run it with
 * {@code ./mvnw -q -B test -Dtest=IncidentListBenchmark -Dkuzet.bench=true} and read the figures it prints; docs/benchmarks.md keeps
 * what was measured. It imports a generated file of incidents spread over places, categories and dates, imports it
 * again (all unchanged), and times list queries with the filters the portal uses.
 */
class IncidentListBenchmark extends IncidentApiSupport {

    private static final int INCIDENTS = 5000;
    private static final String[] PLACES = {"kz-almaty", "kz-astana", "kz-kostanay", "kz-temirtau", "kz-oral",
        "kz-aktobe", "kz-atyrau", "kz-shymkent"};
    private static final String[] CATEGORIES = {"threats", "attacks", "blocking", "accreditation_denial",
        "refusal_of_information", "criminal_pretrial", "civil_claims", "discrediting"};

    @Test
    @EnabledIfSystemProperty(named = "kuzet.bench", matches = "true",
            disabledReason = "a benchmark: runs only when asked for with -Dkuzet.bench=true")
    void importAndList() throws Exception {
        if (!accounts.exists("bench-monitor")) {
            accounts.create("bench-monitor", "Bench", PASSWORD, Role.MONITOR);
        }
        String prefix = "incident/bench-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < INCIDENTS; i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("external_id", prefix + i);
            r.put("title", "Generated incident " + i);
            r.put("date", String.format("%d-%02d-%02d", 2019 + i % 6, 1 + i % 12, 1 + i % 28));
            r.put("place", PLACES[i % PLACES.length]);
            r.put("primary_category", CATEGORIES[i % CATEGORIES.length]);
            r.put("state", i % 3 == 0 ? "draft" : "published");
            r.put("victims", List.of(Map.of("name", "Journalist " + i, "kind", "journalist")));
            r.put("perpetrators", List.of(Map.of("name", "Official " + i, "type", "official")));
            records.add(r);
        }
        byte[] file = json.writeValueAsBytes(Map.of("format", "kuzet-dataset/1", "incidents", records));
        DatasetImport importer = mvc.getDispatcherServlet().getWebApplicationContext().getBean(DatasetImport.class);

        long start = System.nanoTime();
        FileImport first = importer.importBytes("bench.json", file);
        long importMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(first.run().tallies().get("incidents")).isEqualTo(new ImportRun.Tally(INCIDENTS, 0, 0));

        start = System.nanoTime();
        FileImport second = importer.importBytes("bench.json", file);
        long reimportMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(second.run().tallies().get("incidents")).isEqualTo(new ImportRun.Tally(0, 0, INCIDENTS));

        List<String> queries = List.of("", "category=access_to_information", "place=kz-karaganda-region",
                "from=2021-01-01&to=2021-12-31", "category=rights_violations&place=kz&from=2020&to=2023&size=200",
                "state=published&verification=unverified&page=10");
        StringBuilder report = new StringBuilder();
        report.append(String.format("import of %d incidents: %d ms; the same file again (all unchanged): %d ms%n",
                INCIDENTS, importMs, reimportMs));
        for (String query : queries) {
            String uri = "/api/v1/incidents" + (query.isEmpty() ? "" : "?" + query);
            // the password check (Argon2) is part of every staff call; the public call shows the query alone
            mvc.perform(get(uri)).andReturn();
            long best = Long.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                long t = System.nanoTime();
                int status = mvc.perform(get(uri)).andReturn().getResponse().getStatus();
                best = Math.min(best, System.nanoTime() - t);
                assertThat(status).isEqualTo(200);
            }
            long staff = System.nanoTime();
            mvc.perform(get(uri).with(httpBasic("bench-monitor", PASSWORD))).andReturn();
            report.append(String.format("GET %-75s public best of 5: %4d ms; staff (with password check): %4d ms%n",
                    uri, best / 1_000_000, (System.nanoTime() - staff) / 1_000_000));
        }
        System.err.println(report);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/benchmarks"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/benchmarks/incidents.txt"), report,
                StandardCharsets.UTF_8);
    }
}
