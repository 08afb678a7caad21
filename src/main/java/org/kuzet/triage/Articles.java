package org.kuzet.triage;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.kuzet.core.Sha256;
import org.kuzet.triage.internal.Shingles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The articles triage has read (table triage_article). */
@Component
public class Articles {

    private static final int RECENT_FOR_DUPLICATES = 500;

    private final JdbcClient jdbc;

    Articles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TriageArticle> find(long id) {
        return jdbc.sql("select * from triage_article where id = ?").param(id).query(TriageArticle.class).optional();
    }

    Optional<TriageArticle> findByUrl(String url) {
        return url == null ? Optional.empty()
                : jdbc.sql("select * from triage_article where url = ?").param(url).query(TriageArticle.class).optional();
    }

    /**
     * Stores an article and puts it in the group of an earlier one that tells the same story: the same text
     * (SHA-256) or nearly the same (shingle Jaccard over the most recent articles).
     */
    TriageArticle add(String url, String outlet, String title, OffsetDateTime fetchedAt, Language language, String text,
            Long feedId) {
        String sha = Sha256.hex(text);
        Long group = groupOf(sha, text);
        long id = jdbc.sql("""
                insert into triage_article (url, outlet, title, fetched_at, language, text, sha256, group_id, feed_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(url, outlet == null ? "" : outlet, title == null ? "" : title, fetchedAt, language.code(), text,
                        sha, group, feedId)
                .query(Long.class).single();
        return find(id).orElseThrow();
    }

    private Long groupOf(String sha, String text) {
        Optional<TriageArticle> same = jdbc.sql("select * from triage_article where sha256 = ? order by id limit 1")
                .param(sha).query(TriageArticle.class).optional();
        if (same.isPresent()) {
            return same.get().group();
        }
        var shingles = Shingles.of(text);
        List<TriageArticle> recent = jdbc.sql("select * from triage_article order by id desc limit ?")
                .param(RECENT_FOR_DUPLICATES).query(TriageArticle.class).list();
        for (TriageArticle other : recent) {
            if (Shingles.jaccard(shingles, Shingles.of(other.text())) >= Shingles.SAME_STORY) {
                return other.group();
            }
        }
        return null;
    }

    List<TriageArticle> inGroup(long group) {
        return jdbc.sql("select * from triage_article where id = ? or group_id = ? order by id").params(group, group)
                .query(TriageArticle.class).list();
    }
}
