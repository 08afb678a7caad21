package org.kuzet.incident.internal;

import org.kuzet.incident.IncidentContent;
import org.kuzet.incident.Victim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kuzet.source.Sources;
import org.kuzet.spelling.Spelling;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The three signs that an incident may repeat another: it rests on the same document (a source with the same URL or
 * the same archived text), it is the same event (the same date to the same precision, the same place, a victim in
 * common by actor or by the spelling key of the name), or its title has nearly the same words in any script.
 *
 * <p>Titles are compared as sets of words folded by {@link Spelling} (so a Cyrillic title meets its Latin
 * transliteration) with Jaccard at least 0.8, not by pg_trgm: trigrams of Cyrillic and Latin spellings share
 * nothing, and the folding lives in Java, where the words are cut once and kept in incident_title_word, indexed by
 * word. A word order or one word more or less in a long title still matches; two short titles must be equal.
 */
@Component
public class DuplicateRules {

    static final String SAME_SOURCE = "same_source";
    static final String SAME_EVENT = "same_event";
    static final String SIMILAR_TITLE = "similar_title";

    /** Words this short (prepositions, conjunctions: в, на, и, of) say nothing of which event a title names. */
    private static final int SHORTEST_WORD = 3;
    /** Fewer words than this is too little to call two titles similar. */
    private static final int FEWEST_WORDS = 2;

    private final JdbcClient jdbc;
    private final Sources sources;

    DuplicateRules(JdbcClient jdbc, Sources sources) {
        this.jdbc = jdbc;
        this.sources = sources;
    }

    /** The folded words of a title, each once. */
    static Set<String> titleWords(String title) {
        return Arrays.stream(Spelling.key(title).split(" "))
                .filter(w -> w.length() >= SHORTEST_WORD).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * What the kept incident says once a duplicate is merged into it: its own content, with the duplicate's sources,
     * the victims it did not name yet and the duplicate's categories (its primary one among them) added.
     */
    public static IncidentContent merged(IncidentContent kept, IncidentContent duplicate) {
        List<Long> sources = Stream.concat(kept.sources().stream(), duplicate.sources().stream())
                .distinct().toList();
        List<Victim> victims = new ArrayList<>(kept.victims());
        duplicate.victims().stream()
                .filter(v -> kept.victims().stream().noneMatch(k -> sameVictim(v, k.actor(), k.name())))
                .forEach(victims::add);
        List<String> categories = Stream.of(kept.categories(), List.of(duplicate.primaryCategory()),
                        duplicate.categories()).flatMap(List::stream)
                .filter(c -> !c.equals(kept.primaryCategory())).distinct().toList();
        return new IncidentContent(kept.title(), kept.summary(), kept.date(), kept.place(), kept.primaryCategory(),
                categories, kept.peopleAffected(), kept.verification(), kept.independentSources(), victims,
                kept.perpetrators(), sources, kept.linkedIncidents(), kept.confidentialNotes(), kept.historical(),
                kept.texts());
    }

    /** The other incidents this one may repeat, each with the reasons (in the order of the codes above). */
    Map<Long, Set<String>> suspects(long id, IncidentContent content) {
        Map<Long, Set<String>> found = new LinkedHashMap<>();
        sameSource(id, content.sources()).forEach(other -> add(found, other, SAME_SOURCE));
        sameEvent(id, content).forEach(other -> add(found, other, SAME_EVENT));
        similarTitle(id, titleWords(content.title())).forEach(other -> add(found, other, SIMILAR_TITLE));
        return found;
    }

    private static void add(Map<Long, Set<String>> found, long other, String reason) {
        found.computeIfAbsent(other, o -> new LinkedHashSet<>()).add(reason);
    }

    private List<Long> sameSource(long id, List<Long> cited) {
        List<Long> documents = sources.sameDocument(cited);
        if (documents.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct incident_id from incident_source where source_id in (:sources) "
                        + "and incident_id <> :id order by incident_id")
                .param("sources", documents).param("id", id).query(Long.class).list();
    }

    private List<Long> sameEvent(long id, IncidentContent content) {
        if (content.place() == null || content.victims().isEmpty()) {
            return List.of();
        }
        record Named(long incident, Long actor, String name) {
        }
        List<Named> candidates = jdbc.sql("""
                        select v.incident_id, v.actor_id, v.name from incident i
                        join incident_victim v on v.incident_id = i.id
                        where i.occurred_on = ? and i.date_precision = ? and i.place_code = ? and i.id <> ?""")
                .params(content.date().start(), content.date().precision().code(), content.place(), id)
                .query((rs, n) -> new Named(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3))).list();
        return candidates.stream()
                .filter(c -> content.victims().stream().anyMatch(v -> sameVictim(v, c.actor(), c.name())))
                .map(Named::incident).distinct().sorted().toList();
    }

    /** The same actor of the register, or, where either is not linked to one, the same name in any spelling. */
    static boolean sameVictim(Victim victim, Long actor, String name) {
        if (victim.actor() != null && actor != null) {
            return Objects.equals(victim.actor(), actor);
        }
        String key = Spelling.key(victim.name());
        return !key.isEmpty() && key.equals(Spelling.key(name));
    }

    private List<Long> similarTitle(long id, Set<String> words) {
        if (words.size() < FEWEST_WORDS) {
            return List.of();
        }
        // Jaccard = shared / (mine + theirs - shared) >= 0.8, in whole numbers
        return jdbc.sql("""
                        select incident_id from incident_title_word
                        where word in (:words) and incident_id <> :id
                        group by incident_id, words
                        having 5 * count(*) >= 4 * (:count + words - count(*))
                        order by incident_id""")
                .param("words", words).param("id", id).param("count", words.size()).query(Long.class).list();
    }
}
