package org.kuzet.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The state of one import of one file: ids of the records written so far (so later sections can refer to them by
 * external id), what was created, updated or left unchanged, and every rejected record with its position.
 */
public final class ImportRun {

    /** A rejected record: where it is ({@code incidents[3]}), which field, and why. */
    public record Rejection(String position, String field, String reason) {
        @Override
        public String toString() {
            return position + (field == null || field.isBlank() ? "" : "." + field) + ": " + reason;
        }
    }

    public record Tally(int created, int updated, int unchanged) {
    }

    private final Function<String, Optional<DatasetSection>> sections;
    private final Map<String, Map<String, Long>> ids = new HashMap<>();
    /** Answers of the sections about records stored before this run, asked once per external id. */
    private final Map<String, Map<String, Optional<Long>>> stored = new HashMap<>();
    private final Map<String, int[]> tallies = new LinkedHashMap<>();
    private final List<Rejection> rejections = new ArrayList<>();

    public ImportRun(Function<String, Optional<DatasetSection>> sections) {
        this.sections = sections;
    }

    public void reject(String section, int index, String field, String reason) {
        rejections.add(new Rejection(section + "[" + index + "]", field, reason));
    }

    public void created(String section, String externalId, long id) {
        remember(section, externalId, id);
        tally(section)[0]++;
    }

    public void updated(String section, String externalId, long id) {
        remember(section, externalId, id);
        tally(section)[1]++;
    }

    public void unchanged(String section, String externalId, long id) {
        remember(section, externalId, id);
        tally(section)[2]++;
    }

    /** The id of the record of {@code section} with this external id if this run has imported it. */
    public Optional<Long> importedId(String section, String externalId) {
        return Optional.ofNullable(ids.getOrDefault(section, Map.of()).get(externalId));
    }

    /** The id of the record of {@code section} with this external id: imported in this run, or already stored. */
    public Optional<Long> idOf(String section, String externalId) {
        Long id = ids.getOrDefault(section, Map.of()).get(externalId);
        if (id != null) {
            return Optional.of(id);
        }
        // A record written by this run is in ids above, so an answer remembered here cannot go stale meanwhile.
        return stored.computeIfAbsent(section, s -> new HashMap<>()).computeIfAbsent(externalId,
                ref -> sections.apply(section).flatMap(s -> s.idByExternalId(ref)));
    }

    public List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    public boolean rejected() {
        return !rejections.isEmpty();
    }

    public Map<String, Tally> tallies() {
        Map<String, Tally> result = new LinkedHashMap<>();
        tallies.forEach((section, t) -> result.put(section, new Tally(t[0], t[1], t[2])));
        return result;
    }

    private void remember(String section, String externalId, long id) {
        ids.computeIfAbsent(section, s -> new HashMap<>()).put(externalId, id);
    }

    private int[] tally(String section) {
        return tallies.computeIfAbsent(section, s -> new int[3]);
    }
}
