package org.kuzet.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kuzet.calendar.PartialDate;
import org.kuzet.spelling.Spelling;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed dataset ({@code src/main/resources/dataset/seeds.json}) checked on its own, without Spring or a
 * database: it must follow docs/dataset-format.md and hold what the five seed documents say. The allowed values
 * are read from the places that define them (the format document, the taxonomy and gazetteer migrations), so the
 * test follows them when they change instead of keeping a copy that drifts.
 */
class SeedDatasetTest {

    private static final List<String> SECTIONS =
            List.of("actors", "sources", "incidents", "legal_cases", "statements", "context_events");
    private static final Map<String, String> ID_PREFIX = Map.of(
            "actors", "actor/", "sources", "source/", "incidents", "incident/",
            "legal_cases", "case/", "statements", "statement/", "context_events", "context/");

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static JsonNode dataset;
    private static JsonNode formatExample;
    private static Map<String, Set<String>> allowedValues;
    private static Set<String> categoryCodes;
    private static Set<String> placeCodes;

    @BeforeAll
    static void load() throws IOException {
        dataset = JSON.readTree(resource("/dataset/seeds.json"));
        String format = Files.readString(Path.of("docs/dataset-format.md"), StandardCharsets.UTF_8);
        formatExample = JSON.readTree(firstMatch(Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL), format));
        allowedValues = valueTable(format);
        categoryCodes = matches(Pattern.compile("\\('([a-z_]+)', (?:'[a-z_]+'|null), 'category'"),
                resource("/db/migration/V2__taxonomy.sql"));
        placeCodes = matches(Pattern.compile("(?m)^\\('([a-z]{2}(?:-[a-z0-9]+)*)', '(?:country|region|"
                + "city_of_republican_significance|city|town|village|district)'"),
                resource("/db/migration/V3__gazetteer.sql"));
    }

    // ------------------------------------------------------------------------------------------- structure

    @Test
    void theDefinitionsWereRead() {
        // without this, an empty set read from a changed file would make the membership checks below vacuous
        assertThat(categoryCodes).contains("threats", "accreditation_denial", "criminal_pretrial", "context")
                .doesNotContain("rights_violations");
        assertThat(placeCodes).contains("kz", "kz-kostanay", "kz-astana", "pl-warsaw");
        assertThat(allowedValues).containsKeys("actor kind", "incident verification", "perpetrator type",
                "legal case basis", "context event kind");
    }

    @Test
    void isInTheFormatAndUsesOnlyItsKeys() {
        assertThat(dataset.path("format").asString()).isEqualTo("kuzet-dataset/1");
        assertThat(dataset.propertyNames()).containsExactlyInAnyOrderElementsOf(formatExample.propertyNames());
        List<String> problems = new ArrayList<>();
        for (String section : SECTIONS) {
            JsonNode example = formatExample.get(section).get(0);
            forEach(section, (position, record) -> {
                checkKeys(position, record, example, problems);
                for (String nested : List.of("victims", "perpetrators", "parties", "events")) {
                    if (example.has(nested)) {
                        int i = 0;
                        for (JsonNode item : record.path(nested).values()) {
                            checkKeys(position + "." + nested + "[" + i++ + "]", item, example.get(nested).get(0),
                                    problems);
                        }
                    }
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void externalIdsAreUniqueAndNameTheirSection() {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String section : SECTIONS) {
            forEach(section, (position, record) -> {
                String id = record.path("external_id").asString("");
                if (!id.matches(Pattern.quote(ID_PREFIX.get(section)) + "[a-z0-9][a-z0-9-]*")) {
                    problems.add(position + ".external_id: '" + id + "' is not " + ID_PREFIX.get(section) + "<slug>");
                }
                if (!seen.add(id)) {
                    problems.add(position + ".external_id: '" + id + "' is used twice");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyReferenceResolves() {
        Set<String> actors = ids("actors");
        Set<String> sources = ids("sources");
        Set<String> incidents = ids("incidents");
        List<String> problems = new ArrayList<>();
        forEach("sources", (p, r) -> reference(p + ".outlet", r.get("outlet"), actors, problems));
        Set<String> earlierIncidents = new HashSet<>();
        forEach("incidents", (p, r) -> {
            eachOf(r.get("victims"), (i, v) -> reference(p + ".victims[" + i + "].actor", v.get("actor"), actors,
                    problems));
            eachOf(r.get("sources"), (i, s) -> required(p + ".sources[" + i + "]", s, sources, problems));
            if (r.path("sources").isEmpty()) {
                problems.add(p + ".sources: an incident needs at least one source");
            }
            // the importer resolves references to records written before, so a link must point backwards
            eachOf(r.get("linked_incidents"), (i, l) -> required(p + ".linked_incidents[" + i + "]", l,
                    earlierIncidents, problems));
            earlierIncidents.add(r.path("external_id").asString());
        });
        forEach("legal_cases", (p, r) -> {
            eachOf(r.get("parties"), (i, party) -> reference(p + ".parties[" + i + "].actor", party.get("actor"),
                    actors, problems));
            eachOf(r.get("incidents"), (i, s) -> required(p + ".incidents[" + i + "]", s, incidents, problems));
        });
        forEach("statements", (p, r) -> {
            reference(p + ".speaker", r.get("speaker"), actors, problems);
            reference(p + ".source", r.get("source"), sources, problems);
            eachOf(r.get("incidents"), (i, s) -> required(p + ".incidents[" + i + "]", s, incidents, problems));
        });
        forEach("context_events", (p, r) -> reference(p + ".source", r.get("source"), sources, problems));
        assertThat(problems).isEmpty();
    }

    @Test
    void categoriesAreCodesOfTheTaxonomy() {
        List<String> problems = new ArrayList<>();
        forEach("incidents", (p, r) -> {
            String primary = r.path("primary_category").asString("");
            if (!categoryCodes.contains(primary) || primary.equals("context")) {
                problems.add(p + ".primary_category: '" + primary + "' is no counted category of V2__taxonomy.sql");
            }
            eachOf(r.get("categories"), (i, c) -> {
                if (!categoryCodes.contains(c.asString()) || c.asString().equals(primary)) {
                    problems.add(p + ".categories[" + i + "]: '" + c.asString() + "' is unknown or repeats the primary");
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void placesAreInTheGazetteer() {
        List<String> problems = new ArrayList<>();
        for (String section : List.of("incidents", "context_events")) {
            forEach(section, (p, r) -> {
                if (!placeCodes.contains(r.path("place").asString(""))) {
                    problems.add(p + ".place: '" + r.path("place").asString("") + "' is not in V3__gazetteer.sql");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void datesCarryTheirPrecisionAndAreNotInTheFuture() {
        List<String> problems = new ArrayList<>();
        forEach("sources", (p, r) -> date(p + ".published_on", r.get("published_on"), true, problems));
        forEach("incidents", (p, r) -> date(p + ".date", r.get("date"), false, problems));
        forEach("legal_cases", (p, r) -> {
            date(p + ".opened_on", r.get("opened_on"), false, problems);
            eachOf(r.get("events"), (i, e) -> date(p + ".events[" + i + "].date", e.get("date"), false, problems));
        });
        forEach("statements", (p, r) -> date(p + ".date", r.get("date"), false, problems));
        forEach("context_events", (p, r) -> date(p + ".date", r.get("date"), false, problems));
        assertThat(problems).isEmpty();
    }

    @Test
    void valuesAreThoseTheFormatAllows() {
        List<String> problems = new ArrayList<>();
        forEach("actors", (p, r) -> {
            value(p + ".kind", r.get("kind"), "actor kind", false, problems);
            value(p + ".actor_type", r.get("actor_type"), "actor actor_type", false, problems);
        });
        forEach("sources", (p, r) -> value(p + ".kind", r.get("kind"), "source kind", false, problems));
        forEach("incidents", (p, r) -> {
            value(p + ".verification", r.get("verification"), "incident verification", false, problems);
            value(p + ".state", r.get("state"), "incident state", false, problems);
            eachOf(r.get("victims"), (i, v) -> {
                value(p + ".victims[" + i + "].kind", v.get("kind"), "victim kind", false, problems);
                value(p + ".victims[" + i + "].gender", v.get("gender"), "victim gender", true, problems);
            });
            eachOf(r.get("perpetrators"), (i, v) ->
                    value(p + ".perpetrators[" + i + "].type", v.get("type"), "perpetrator type", false, problems));
        });
        forEach("legal_cases", (p, r) -> {
            value(p + ".kind", r.get("kind"), "legal case kind", false, problems);
            value(p + ".stage", r.get("stage"), "legal case stage", false, problems);
            value(p + ".direction", r.get("direction"), "legal case direction", false, problems);
            value(p + ".basis", r.get("basis"), "legal case basis", true, problems);
            eachOf(r.get("parties"), (i, v) ->
                    value(p + ".parties[" + i + "].role", v.get("role"), "party role", false, problems));
            eachOf(r.get("events"), (i, v) ->
                    value(p + ".events[" + i + "].kind", v.get("kind"), "event kind", false, problems));
        });
        forEach("statements", (p, r) -> value(p + ".stance", r.get("stance"), "statement stance", false, problems));
        forEach("context_events", (p, r) -> value(p + ".kind", r.get("kind"), "context event kind", false, problems));
        assertThat(problems).isEmpty();
    }

    @Test
    void countsAndMoneyAreWholeNumbers() {
        List<String> problems = new ArrayList<>();
        forEach("incidents", (p, r) -> {
            count(p + ".people_affected", r.get("people_affected"), true, problems);
            count(p + ".independent_sources", r.get("independent_sources"), false, problems);
        });
        forEach("legal_cases", (p, r) -> {
            for (String money : List.of("claimed_kzt", "awarded_kzt", "collected_kzt")) {
                count(p + "." + money, r.get(money), true, problems);
            }
            eachOf(r.get("events"), (i, e) -> count(p + ".events[" + i + "].amount_kzt", e.get("amount_kzt"), true,
                    problems));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void verificationFollowsTheKindOfSource() {
        // the editorial rule of this dataset: what the monitoring report states is confirmed; a testimony or a
        // news report alone is not
        Map<String, String> sourceKinds = new HashMap<>();
        forEach("sources", (p, r) -> sourceKinds.put(r.path("external_id").asString(), r.path("kind").asString()));
        List<String> problems = new ArrayList<>();
        forEach("incidents", (p, r) -> {
            boolean monitored = r.path("sources").values().stream()
                    .anyMatch(s -> "monitoring_report".equals(sourceKinds.get(s.asString())));
            String verification = r.path("verification").asString();
            if (monitored != verification.equals("confirmed")) {
                problems.add(p + ".verification: '" + verification + "' with sources " + r.path("sources"));
            }
        });
        assertThat(problems).isEmpty();
    }

    // ------------------------------------------------------------------------------- content from the seeds

    @Test
    void everySpellingTheSeedsUseFindsOneActor() {
        Map<String, Set<String>> actorsByKey = new HashMap<>();
        forEach("actors", (p, r) -> Stream.concat(Stream.of(r.path("name")), r.path("aliases").values().stream())
                .forEach(n -> actorsByKey.computeIfAbsent(Spelling.key(n.asString()), k -> new HashSet<>())
                        .add(r.path("external_id").asString())));
        Map<String, String> spellings = new HashMap<>();
        for (String s : List.of("Azattyq", "Azattyk", "Азаттык", "Азаттық", "Radio Azattyq")) {
            spellings.put(s, "actor/radio-azattyq");
        }
        for (String s : List.of("Tokayev", "Toqayev", "Токаев", "Тоқаев", "Qasym-Jomart Toqayev")) {
            spellings.put(s, "actor/kassym-jomart-tokayev");
        }
        for (String s : List.of("Elena Tsoy", "Elena Tsoi", "Цой")) {
            spellings.put(s, "actor/elena-tsoy");
        }
        spellings.put("Балаева", "actor/aida-balayeva");
        spellings.put("Orda.kz", "actor/orda-kz");
        spellings.put("Орда", "actor/orda-kz");
        spellings.put("Бажкенова", "actor/gulnara-bazhkenova");
        spellings.forEach((spelling, actor) -> assertThat(actorsByKey.get(Spelling.key(spelling)))
                .as(spelling).containsExactly(actor));
    }

    @Test
    void azattyqJournalistsWereRefusedAccreditationSixteenOfThem() {
        Set<String> azattyq = actorsNamed("Azattyq");
        assertThat(records("incidents")).anySatisfy(incident -> {
            assertThat(incident.path("primary_category").asString()).isEqualTo("accreditation_denial");
            assertThat(incident.path("people_affected").intValue(-1)).isEqualTo(16);
            assertThat(incident.path("victims").values()).anyMatch(v -> azattyq.contains(v.path("actor").asString()));
        });
    }

    @Test
    void thirtyThreeLawyersWereThreatened() {
        assertThat(records("incidents")).anySatisfy(incident -> {
            assertThat(incident.path("primary_category").asString()).isEqualTo("threats");
            assertThat(incident.path("people_affected").intValue(-1)).isEqualTo(33);
            assertThat(incident.path("victims").values()).allMatch(v -> v.path("kind").asString().equals("lawyer"));
        });
    }

    @Test
    void theTobolInfoJournalistWasRemovedFromACourtInKostanay() {
        Set<String> tobolInfo = actorsNamed("TobolInfo");
        List<JsonNode> incidents = records("incidents").stream()
                .filter(i -> i.path("victims").values().stream()
                        .anyMatch(v -> tobolInfo.contains(v.path("actor").asString())))
                .toList();
        assertThat(incidents).singleElement().satisfies(incident -> {
            assertThat(incident.path("place").asString()).isEqualTo("kz-kostanay");
            assertThat(incident.path("primary_category").asString()).isEqualTo("judicial_transparency_violation");
            assertThat(incident.path("date").asString()).isEqualTo("2024-03");
        });
    }

    @Test
    void theDraftOrderOnRestrictingAccessIsContextOfTheFirstOfMarch2024() {
        assertThat(records("context_events")).anySatisfy(event -> {
            assertThat(event.path("date").asString()).isEqualTo("2024-03-01");
            assertThat(event.path("kind").asString()).isEqualTo("draft_order");
        });
    }

    @Test
    void balayevasRebuttalIsLinkedToTheIncidentsItAnswers() {
        Set<String> balayeva = actorsNamed("Balayeva");
        assertThat(records("statements")).anySatisfy(statement -> {
            assertThat(balayeva).contains(statement.path("speaker").asString());
            assertThat(statement.path("stance").asString()).isEqualTo("rebuttal");
            assertThat(statement.path("source").asString()).isEqualTo("source/seed-000");
            assertThat(statement.path("incidents").values()).isNotEmpty();
        });
    }

    @Test
    void theCriminalComplaintAgainstAkhmedyarovIsAPrivacyCase() {
        Set<String> akhmedyarov = actorsNamed("Akhmedyarov");
        assertThat(records("legal_cases")).anySatisfy(legalCase -> {
            assertThat(legalCase.path("basis").asString()).isEqualTo("kz-cc-147");
            assertThat(legalCase.path("kind").asString()).isEqualTo("criminal");
            assertThat(legalCase.path("direction").asString()).isEqualTo("against_media");
            assertThat(legalCase.path("parties").values())
                    .anyMatch(p -> akhmedyarov.contains(p.path("actor").asString())
                            && p.path("role").asString().equals("accused"));
        });
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private interface RecordCheck {
        void check(String position, JsonNode record);
    }

    private interface ItemCheck {
        void check(int index, JsonNode item);
    }

    private static void forEach(String section, RecordCheck check) {
        int i = 0;
        for (JsonNode record : dataset.path(section).values()) {
            check.check(section + "[" + i++ + "]", record);
        }
    }

    private static void eachOf(JsonNode array, ItemCheck check) {
        if (array == null) {
            return;
        }
        int i = 0;
        for (JsonNode item : array.values()) {
            check.check(i++, item);
        }
    }

    private static List<JsonNode> records(String section) {
        return List.copyOf(dataset.path(section).values());
    }

    private static Set<String> ids(String section) {
        return records(section).stream().map(r -> r.path("external_id").asString()).collect(Collectors.toSet());
    }

    /** Ids of the actors whose name or an alias contains {@code word}, compared by spelling key. */
    private static Set<String> actorsNamed(String word) {
        String key = Spelling.key(word);
        Predicate<JsonNode> named = n -> Spelling.key(n.asString()).contains(key);
        Set<String> ids = records("actors").stream()
                .filter(a -> named.test(a.path("name")) || a.path("aliases").values().stream().anyMatch(named))
                .map(a -> a.path("external_id").asString())
                .collect(Collectors.toSet());
        assertThat(ids).as("actors named " + word).isNotEmpty();
        return ids;
    }

    private static void checkKeys(String position, JsonNode record, JsonNode example, List<String> problems) {
        // only unknown keys: the importer rejects them, while a key the example shows may be left out
        for (String key : record.propertyNames()) {
            if (!example.has(key)) {
                problems.add(position + "." + key + ": not a key of the format");
            }
        }
    }

    private static void reference(String position, JsonNode ref, Set<String> ids, List<String> problems) {
        if (ref != null && !ref.isNull()) {
            required(position, ref, ids, problems);
        }
    }

    private static void required(String position, JsonNode ref, Set<String> ids, List<String> problems) {
        if (ref == null || !ref.isString() || !ids.contains(ref.asString())) {
            problems.add(position + ": " + (ref != null && ref.isString() ? "'" + ref.asString() + "'" : ref)
                    + " does not resolve");
        }
    }

    private static void date(String position, JsonNode value, boolean nullable, List<String> problems) {
        if (value == null || value.isNull()) {
            if (!nullable) {
                problems.add(position + ": missing");
            }
            return;
        }
        try {
            PartialDate date = PartialDate.parse(value.asString());
            if (date.isAfter(LocalDate.now())) {
                problems.add(position + ": " + date + " is in the future");
            }
        } catch (IllegalArgumentException e) {
            problems.add(position + ": " + e.getMessage());
        }
    }

    private static void value(String position, JsonNode value, String row, boolean nullable, List<String> problems) {
        if (value == null || value.isNull()) {
            if (!nullable) {
                problems.add(position + ": missing");
            }
            return;
        }
        Set<String> allowed = allowedValues.get(row);
        if (allowed == null || !allowed.contains(value.asString())) {
            problems.add(position + ": '" + value.asString() + "' is not one of " + allowed);
        }
    }

    private static void count(String position, JsonNode value, boolean nullable, List<String> problems) {
        if (value == null || value.isNull()) {
            if (!nullable) {
                problems.add(position + ": missing");
            }
        } else if (!value.isIntegralNumber() || value.longValue() < 0) {
            problems.add(position + ": " + value + " is not a whole number >= 0");
        }
    }

    /** The "Values" table of the format document: "incident `verification`" -> {unverified, confirmed, ...}. */
    private static Map<String, Set<String>> valueTable(String document) {
        Map<String, Set<String>> table = new HashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| ([^|]+) \\| ([^|]+) \\|$").matcher(document);
        Pattern code = Pattern.compile("`([a-z0-9_-]+)`");
        while (row.find()) {
            Set<String> values = new LinkedHashSet<>();
            Matcher m = code.matcher(row.group(2));
            while (m.find()) {
                values.add(m.group(1));
            }
            table.put(row.group(1).replace("`", "").trim(), values);
        }
        return table;
    }

    private static Set<String> matches(Pattern pattern, InputStream in) {
        try (in) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Set<String> found = new HashSet<>();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.add(m.group(1));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern.pattern()).isTrue();
        return m.group(1);
    }

    private static InputStream resource(String path) {
        InputStream in = SeedDatasetTest.class.getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }
}
