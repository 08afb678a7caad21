package org.kuzet.triage;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.kuzet.core.Sha256;
import org.kuzet.triage.internal.SealedReports;
import org.kuzet.triage.internal.Shingles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The articles triage has read (table triage_article). A report told to Kuzet directly is kept sealed
 * ({@link SealedReports}): read back as the caller may read it, compared with others in memory only.
 */
@Component
public class Articles {

    private static final int RECENT_FOR_DUPLICATES = 500;

    private final JdbcClient jdbc;
    private final SealedReports sealed;

    Articles(JdbcClient jdbc, SealedReports sealed) {
        this.jdbc = jdbc;
        this.sealed = sealed;
    }

    public Optional<TriageArticle> find(long id) {
        return stored(id).map(sealed::shown);
    }

    /** The article opened for the server's own work (dates, grouping), shown to nobody. */
    Optional<TriageArticle> forWork(long id) {
        return stored(id).map(sealed::forWork);
    }

    private Optional<TriageArticle> stored(long id) {
        return jdbc.sql("select * from triage_article where id = ?").param(id).query(TriageArticle.class).optional();
    }

    Optional<TriageArticle> findByUrl(String url) {
        return url == null ? Optional.empty()
                : jdbc.sql("select * from triage_article where url = ?").param(url).query(TriageArticle.class).optional()
                        .map(sealed::shown);
    }

    /**
     * Stores an article and puts it in the group of an earlier one that tells the same story: the same text
     * (SHA-256) or nearly the same (shingle Jaccard over the most recent articles).
     */
    TriageArticle add(String url, String outlet, String title, OffsetDateTime fetchedAt, Language language, String text,
            Long feedId) {
        return insert(url, outlet, title, fetchedAt, language, text, feedId, false);
    }

    /** Stores a report told to Kuzet directly, its title and text sealed; grouped as {@link #add} groups. */
    TriageArticle addReport(String title, OffsetDateTime fetchedAt, Language language, String text) {
        return insert(null, "", title, fetchedAt, language, text, null, true);
    }

    private TriageArticle insert(String url, String outlet, String title, OffsetDateTime fetchedAt, Language language,
            String text, Long feedId, boolean seal) {
        String sha = Sha256.hex(text);
        Long group = groupOf(sha, text);
        String kept = title == null ? "" : title;
        long id = jdbc.sql("""
                insert into triage_article (url, outlet, title, fetched_at, language, text, sha256, group_id, feed_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(url, outlet == null ? "" : outlet, seal ? sealed.seal(kept) : kept, fetchedAt,
                        language.code(), seal ? sealed.seal(text) : text, sha, group, feedId)
                .query(Long.class).single();
        return forWork(id).orElseThrow();
    }

    private Long groupOf(String sha, String text) {
        Optional<TriageArticle> same = jdbc.sql("select * from triage_article where sha256 = ? order by id limit 1")
                .param(sha).query(TriageArticle.class).optional();
        if (same.isPresent()) {
            return same.get().group();
        }
        var shingles = Shingles.of(text);
        List<TriageArticle> recent = jdbc.sql("select * from triage_article order by id desc limit ?")
                .param(RECENT_FOR_DUPLICATES).query(TriageArticle.class).list().stream().map(sealed::forWork).toList();
        for (TriageArticle other : recent) {
            if (Shingles.jaccard(shingles, Shingles.of(other.text())) >= Shingles.SAME_STORY) {
                return other.group();
            }
        }
        return null;
    }

    List<TriageArticle> inGroup(long group) {
        return jdbc.sql("select * from triage_article where id = ? or group_id = ? order by id").params(group, group)
                .query(TriageArticle.class).list().stream().map(sealed::shown).toList();
    }
}
