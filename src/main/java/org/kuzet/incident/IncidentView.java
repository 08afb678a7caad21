package org.kuzet.incident;

import org.kuzet.incident.internal.DuplicateRules;
import org.kuzet.incident.internal.PossibleDuplicates;
import java.time.Instant;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.Map;
import org.kuzet.core.Texts;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.kuzet.security.Viewer;
import org.kuzet.security.Visibility;

/**
 * An incident as the API answers it, with the field names of the dataset format. What a viewer does not see of it
 * ({@link Visibility}: the notes, how to reach a victim, who published it) is left out (null).
 */
public record IncidentView(
        long id,
        String externalId,
        String title,
        String summary,
        // the language of title and summary, and their translations into the other two (by language code)
        String language,
        Map<String, Texts.Translation> translations,
        String date,
        String place,
        String primaryCategory,
        List<String> categories,
        Integer peopleAffected,
        String verification,
        int independentSources,
        List<VictimView> victims,
        List<PerpetratorView> perpetrators,
        List<Long> sources,
        List<Long> linkedIncidents,
        String confidentialNotes,
        String state,
        int revision,
        Instant publishedAt,
        String publishedBy,
        String rejectionReason,
        // only in the answer about one incident, to those who see it (PossibleDuplicates.shownTo): null elsewhere
        @JsonInclude(JsonInclude.Include.NON_NULL) List<DuplicateView> possibleDuplicates,
        // only in the answer about one incident: the redacted copies of its evidence an editor published, never an
        // original (PublishedEvidence); null elsewhere
        @JsonInclude(JsonInclude.Include.NON_NULL) List<CopyView> publishedCopies) {

    /** The record kind of an incident in {@link Visibility}. */
    public static final String KIND = "incident";

    /** The title and summary with their translations, to show in a staff member's language (staff lists). */
    public Texts texts() {
        return new Texts(language, title, summary, translations);
    }

    public record VictimView(Long actor, String name, String kind, String role, String gender, String contact) {
    }

    /** Another incident this one may repeat, and why ({@link DuplicateRules}'s codes). */
    public record DuplicateView(long id, String title, List<String> reasons) {
    }

    /**
     * A published redacted copy of one of its evidence files: its own SHA-256, {@code picture} or {@code pdf}, the
     * address the public gets it at, and when it was published.
     */
    public record CopyView(String sha256, String kind, String path, Instant publishedAt) {

        static CopyView of(org.kuzet.evidence.Redaction copy) {
            return new CopyView(copy.redactedSha256(), copy.kind(), copy.publicPath(), copy.publishedAt());
        }
    }

    /** This view with the published redacted copies of its evidence. */
    public IncidentView withPublishedCopies(List<org.kuzet.evidence.Redaction> copies) {
        return new IncidentView(id, externalId, title, summary, language, translations, date, place, primaryCategory,
                categories, peopleAffected, verification, independentSources, victims, perpetrators, sources,
                linkedIncidents, confidentialNotes, state, revision, publishedAt, publishedBy, rejectionReason,
                possibleDuplicates, copies.stream().map(CopyView::of).toList());
    }

    /** This view with the incidents it may repeat, as the viewer may see them (null: not shown to this viewer). */
    IncidentView withPossibleDuplicates(List<DuplicateView> duplicates) {
        return new IncidentView(id, externalId, title, summary, language, translations, date, place, primaryCategory, categories,
                peopleAffected, verification, independentSources, victims, perpetrators, sources, linkedIncidents,
                confidentialNotes, state, revision, publishedAt, publishedBy, rejectionReason, duplicates,
                publishedCopies);
    }

    public record PerpetratorView(Long actor, String name, String type) {
    }

    /** The incident as this viewer may see it: each field by its row in {@link Visibility}. */
    public static IncidentView of(Incident incident, Viewer viewer) {
        return of(incident, (kind, field) -> viewer.sees(kind, field, incident.createdBy()), (kind, value) -> value);
    }

    /**
     * The incident whole, its confidential parts sealed by {@code seal} (record kind, value): the snapshot kept of a
     * published version and what the audit log keeps, so that neither holds them readable.
     */
    static IncidentView whole(Incident incident, BinaryOperator<String> seal) {
        return of(incident, (kind, field) -> true, seal);
    }

    /** Whether a field of a record kind ("incident", "victim") is shown. */
    private interface Shown {
        boolean field(String kind, String field);

        default <T> T of(String kind, String field, T value) {
            return field(kind, field) ? value : null;
        }
    }

    private static IncidentView of(Incident incident, Shown shown, BinaryOperator<String> seal) {
        IncidentContent c = incident.content();
        return new IncidentView(incident.id(), incident.externalId(), c.title(), c.summary(), c.texts().language(),
                c.texts().translations(), c.date().toString(),
                c.place(), c.primaryCategory(), c.categories(), c.peopleAffected(), c.verification().code(),
                c.independentSources(),
                c.victims().stream().map(v -> new VictimView(v.actor(), v.name(), v.kind().code(), v.role(),
                        v.gender() == null ? null : v.gender().code(),
                        shown.of("victim", "contact", seal.apply("victim", v.contact()))))
                        .toList(),
                c.perpetrators().stream().map(p -> new PerpetratorView(p.actor(), p.name(), p.type().code())).toList(),
                c.sources(), c.linkedIncidents(),
                shown.of(KIND, "confidential_notes", seal.apply(KIND, c.confidentialNotes())),
                incident.state().code(), incident.revision(), incident.publishedAt(),
                shown.of(KIND, "published_by", incident.publishedBy()),
                shown.of(KIND, "rejection_reason", incident.rejectionReason()), null, null);
    }
}
