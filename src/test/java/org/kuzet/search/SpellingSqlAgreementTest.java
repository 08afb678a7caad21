package org.kuzet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kuzet.spelling.Spelling;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database folds spellings for the index (search_spelling_key) and the code folds them for queries
 * (Spelling.key): they must agree, or a transliterated name would not be found. Checked on every name of the
 * gazetteer, every line and word of the seeds, and hand-picked hard cases.
 */
@SpringBootTest
class SpellingSqlAgreementTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void databaseAndCodeFoldEverySpellingAlike() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        names.addAll(jdbc.queryForList("select alias from place_alias", String.class));
        names.addAll(jdbc.queryForList("select unnest(array[name_en, name_ru, name_kk]) from place", String.class));
        names.addAll(jdbc.queryForList("select unnest(array[label_en, label_ru, label_kk]) from category", String.class));
        try (Stream<Path> seeds = Files.list(Path.of("src/test/resources/seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
                    names.add(line);
                    names.addAll(List.of(line.split("\\s+")));
                }
            }
        }
        names.addAll(List.of("Азаттық", "АЗАТТЫҚ", "Azattyq", "Бажкенова", "ЁЛКА", "Щучинск", "Ъъ", "Müller", "ÉCOLE",
                "İstanbul", "Kazakhstan’s", "Київ", "Łódź", "Ørsted", "straße", "ﬁnance", "Ахмедьяров", "Dzhambul",
                "", "   ", "12 000 000 тенге", "Ш.Уалиханов", "Өскемен/Усть-Каменогорск"));
        assertThat(names).hasSizeGreaterThan(2_000);

        List<String> list = new ArrayList<>(names);
        List<String> sqlKeys = jdbc.execute((java.sql.Connection c) -> {
            Array array = c.createArrayOf("text", list.toArray());
            try (var statement = c.prepareStatement(
                    "select search_spelling_key(n) from unnest(?::text[]) with ordinality as t(n, i) order by i")) {
                statement.setArray(1, array);
                List<String> keys = new ArrayList<>();
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        keys.add(rs.getString(1));
                    }
                }
                return keys;
            }
        });
        List<Map.Entry<String, String>> disagreements = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!Spelling.key(list.get(i)).equals(sqlKeys.get(i))) {
                disagreements.add(Map.entry(list.get(i), Spelling.key(list.get(i)) + " | sql: " + sqlKeys.get(i)));
            }
        }
        assertThat(disagreements).isEmpty();
    }
}
