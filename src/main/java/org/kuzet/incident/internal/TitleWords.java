package org.kuzet.incident.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The folded words of each incident's title (incident_title_word), which {@link DuplicateRules} compares. The door
 * keeps them for each draft it records or changes; incidents written by another path (a dataset file, or before
 * the table existed) have theirs cut at start and after each dataset import, found by a title that differs from the
 * one the words were cut from.
 */
@Component
class TitleWords {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    TitleWords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Cuts the words of one incident's title anew. */
    void keep(long id, String title) {
        keepAll(List.of(new Titled(id, title)));
    }

    /** Cuts the words of every incident whose title has none cut yet, or changed since. */
    @EventListener(ApplicationReadyEvent.class)
    void refresh() {
        List<Titled> stale = jdbc.query("""
                        select i.id, i.title from incident i
                        left join incident_title_folded f on f.incident_id = i.id
                        where f.title is distinct from i.title""",
                (rs, n) -> new Titled(rs.getLong(1), rs.getString(2)));
        for (int from = 0; from < stale.size(); from += BATCH) {
            keepAll(stale.subList(from, Math.min(stale.size(), from + BATCH)));
        }
    }

    private record Titled(long id, String title) {
    }

    private record Word(long id, String word, int words) {
    }

    private void keepAll(List<Titled> titles) {
        List<Word> words = new ArrayList<>();
        for (Titled t : titles) {
            Set<String> cut = DuplicateRules.titleWords(t.title());
            cut.forEach(w -> words.add(new Word(t.id(), w, cut.size())));
        }
        Long[] ids = titles.stream().map(Titled::id).toArray(Long[]::new);
        jdbc.update("delete from incident_title_word where incident_id = any(?)", (Object) ids);
        jdbc.batchUpdate("insert into incident_title_word (incident_id, word, words) values (?, ?, ?)", words, BATCH,
                (ps, w) -> {
                    ps.setLong(1, w.id());
                    ps.setString(2, w.word());
                    ps.setInt(3, w.words());
                });
        jdbc.batchUpdate("""
                        insert into incident_title_folded (incident_id, title) values (?, ?)
                        on conflict (incident_id) do update set title = excluded.title""", titles, BATCH,
                (ps, t) -> {
                    ps.setLong(1, t.id());
                    ps.setString(2, t.title());
                });
    }
}
