package org.kuzet.portal.internal;

import org.kuzet.portal.PublicIncidents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The 20 regions' tiles of the grid map, with the count of every published incident under each. */
@Component
public class PublicFigures {

    /** A region's tile on the grid map: its row and column roughly follow the map of Kazakhstan. */
    public record Tile(String code, String name, int row, int col, long count) {
    }

    private static final Map<String, int[]> GRID = grid();

    private final JdbcClient jdbc;
    private final PortalCounts counts;

    PublicFigures(JdbcClient jdbc, PortalCounts counts) {
        this.jdbc = jdbc;
        this.counts = counts;
    }

    // Each figure counts every published incident: remembered until the data changes (PortalCounts).

    public List<Tile> regions(String lang) {
        return counts.get(List.of("regions", PublicIncidents.column(lang)), () -> List.copyOf(computeRegions(lang)));
    }

    private List<Tile> computeRegions(String lang) {
        String l = PublicIncidents.column(lang);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                with recursive up(code, start, kind, parent_code) as (
                    select p.code, p.code, p.kind, p.parent_code from place p
                    union all
                    select p.code, up.start, p.kind, p.parent_code from place p join up on p.code = up.parent_code
                        where up.kind not in ('region', 'city_of_republican_significance', 'country'))
                select up.code, count(*) as n from incident i join up on up.start = i.place_code
                where i.workflow_state = 'published' and up.kind in ('region', 'city_of_republican_significance')
                group by up.code""").query((java.sql.ResultSet rs) -> {
                    counts.put(rs.getString("code"), rs.getLong("n"));
                });
        return jdbc.sql("select code, name_" + l + " as name from place "
                        + "where kind in ('region', 'city_of_republican_significance') order by code")
                .query((rs, n) -> {
                    int[] at = GRID.getOrDefault(rs.getString("code"), new int[] {5, 6});
                    return new Tile(rs.getString("code"), rs.getString("name"), at[0], at[1],
                            counts.getOrDefault(rs.getString("code"), 0L));
                }).list();
    }

    /** The 20 regions' tiles with the counts of a filtered list (zero where the filter selects none there). */
    public static List<Tile> counted(List<Tile> all, List<PublicIncidents.Facet> counted) {
        Map<String, Long> n = new LinkedHashMap<>();
        counted.forEach(f -> n.put(f.code(), f.count()));
        return all.stream().map(t -> new Tile(t.code(), t.name(), t.row(), t.col(), n.getOrDefault(t.code(), 0L)))
                .toList();
    }

    private static Map<String, int[]> grid() {
        Map<String, int[]> grid = new LinkedHashMap<>();
        grid.put("kz-kostanay-region", new int[] {0, 2});
        grid.put("kz-north-kazakhstan-region", new int[] {0, 3});
        grid.put("kz-pavlodar-region", new int[] {0, 4});
        grid.put("kz-west-kazakhstan-region", new int[] {1, 0});
        grid.put("kz-aktobe-region", new int[] {1, 1});
        grid.put("kz-ulytau-region", new int[] {1, 2});
        grid.put("kz-akmola-region", new int[] {1, 3});
        grid.put("kz-astana", new int[] {1, 4});
        grid.put("kz-abai-region", new int[] {1, 5});
        grid.put("kz-east-kazakhstan-region", new int[] {1, 6});
        grid.put("kz-atyrau-region", new int[] {2, 0});
        grid.put("kz-kyzylorda-region", new int[] {2, 2});
        grid.put("kz-karaganda-region", new int[] {2, 3});
        grid.put("kz-jetisu-region", new int[] {2, 5});
        grid.put("kz-mangystau-region", new int[] {3, 0});
        grid.put("kz-turkistan-region", new int[] {3, 2});
        grid.put("kz-jambyl-region", new int[] {3, 3});
        grid.put("kz-almaty-region", new int[] {3, 4});
        grid.put("kz-almaty", new int[] {3, 5});
        grid.put("kz-shymkent", new int[] {4, 2});
        return grid;
    }
}
