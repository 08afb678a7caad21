package org.kuzet.taxonomy.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the category tree with labels and cue words (category, category_cue, taxonomy_version). */
@Repository
class TaxonomyCatalog {

    private final JdbcClient jdbc;

    TaxonomyCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CategoryTree tree() {
        record Version(int version, String description) {
        }
        Version version = jdbc.sql("select version, description from taxonomy_version order by version desc limit 1")
                .query((rs, n) -> new Version(rs.getInt(1), rs.getString(2))).single();
        List<CategoryNode> nodes = nodes();
        List<CategoryNode> groups = new ArrayList<>();
        List<CategoryNode> ungrouped = new ArrayList<>();
        for (CategoryNode node : nodes) {
            if (node.kind().equals("group")) {
                groups.add(node.withCategories(
                        nodes.stream().filter(c -> node.code().equals(c.group())).toList()));
            } else if (node.group() == null) {
                ungrouped.add(node);
            }
        }
        return new CategoryTree(version.version(), version.description(), groups, ungrouped);
    }

    Optional<CategoryNode> find(String code) {
        List<CategoryNode> nodes = nodes();
        return nodes.stream().filter(n -> n.code().equals(code)).findFirst()
                .map(node -> node.kind().equals("group")
                        ? node.withCategories(nodes.stream().filter(c -> code.equals(c.group())).toList())
                        : node);
    }

    /** Every category still in use, in report order, with its cues. */
    private List<CategoryNode> nodes() {
        Map<String, Map<String, List<String>>> cues = new LinkedHashMap<>();
        jdbc.sql("select category_code, lang, cue from category_cue order by category_code, lang, cue")
                .query(rs -> {
                    cues.computeIfAbsent(rs.getString(1), c -> emptyCues())
                            .get(rs.getString(2)).add(rs.getString(3));
                });
        return jdbc.sql("""
                select c.*, coalesce(g.position, c.position) as group_position
                from category c left join category g on g.code = c.group_code
                where c.retired_in is null
                order by group_position, c.group_code nulls first, c.position""")
                .query((rs, n) -> new CategoryNode(rs.getString("code"), rs.getString("kind"),
                        rs.getString("group_code"), rs.getBoolean("counted"), rs.getInt("position"),
                        labels(rs.getString("label_en"), rs.getString("label_ru"), rs.getString("label_kk")),
                        cues.getOrDefault(rs.getString("code"), emptyCues()),
                        rs.getObject("introduced_in", Integer.class), rs.getObject("retired_in", Integer.class),
                        null))
                .list();
    }

    private static Map<String, String> labels(String en, String ru, String kk) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("en", en);
        labels.put("ru", ru);
        labels.put("kk", kk);
        return labels;
    }

    private static Map<String, List<String>> emptyCues() {
        Map<String, List<String>> cues = new LinkedHashMap<>();
        cues.put("en", new ArrayList<>());
        cues.put("ru", new ArrayList<>());
        cues.put("kk", new ArrayList<>());
        return cues;
    }
}
