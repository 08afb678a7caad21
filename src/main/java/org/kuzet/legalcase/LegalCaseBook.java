package org.kuzet.legalcase;

import org.kuzet.legalcase.internal.CaseReader;
import org.kuzet.legalcase.internal.DatabaseReferences;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.api.InvalidInput;
import org.kuzet.api.NotFound;
import org.kuzet.core.Languages;
import org.kuzet.core.Texts;
import org.kuzet.core.Today;
import org.kuzet.reference.Revisions;
import org.kuzet.reference.VersionedChange;
import org.kuzet.api.Forbidden;
import org.kuzet.security.ActingUser;
import org.kuzet.security.StaffAccounts;
import org.kuzet.security.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Opening, editing and following cases: each operation reads the input whole and writes all of it or nothing. A
 * change to a stored case names the version it was made on and holds the case's row until it is written, so two
 * changes never both apply to the same version. Each change is announced ({@link CaseChanged}) in its transaction,
 * for the audit log; a dataset import writes through {@link LegalCases} directly and is announced once, as a file.
 */
@Service
public class LegalCaseBook {

    private final LegalCases cases;
    private final JdbcClient jdbc;
    private final Revisions revisions;
    private final CaseView view;
    private final ApplicationEventPublisher events;
    private final StaffAccounts accounts;

    LegalCaseBook(LegalCases cases, JdbcClient jdbc, Revisions revisions, CaseView view,
            ApplicationEventPublisher events, StaffAccounts accounts) {
        this.accounts = accounts;
        this.cases = cases;
        this.jdbc = jdbc;
        this.revisions = revisions;
        this.view = view;
        this.events = events;
    }

    @Transactional
    public LegalCase open(JsonNode body) {
        LegalCase legalCase = read(body);
        String ext = legalCase.facts().externalId();
        if (ext != null && cases.idByExternalId(ext).isPresent()) {
            throw InvalidInput.of("external_id", "problem.caseExternalIdUsed", ext);
        }
        LegalCase opened = cases.add(legalCase, null);
        announce(opened.id(), "opened", null);
        return opened;
    }

    @Transactional
    public LegalCase edit(long id, VersionedChange change) {
        cases.find(id).orElseThrow(() -> new NotFound("No legal case " + id));
        LegalCase legalCase = read(change.record());
        String ext = legalCase.facts().externalId();
        if (ext != null && cases.idByExternalId(ext).filter(other -> other != id).isPresent()) {
            throw InvalidInput.of("external_id", "problem.caseExternalIdUsed", ext);
        }
        revisions.check(LegalCases.TABLE, id, change);
        Object before = view.of(cases.find(id).orElseThrow(), true);
        cases.replace(id, legalCase, null);
        return announce(id, "changed", before);
    }

    /**
     * Adds an event to the timeline. The case is read only once its row is held, so the timeline rules are checked
     * against the stored timeline, not one another request is extending at the same time.
     */
    @Transactional
    public LegalCase record(long id, VersionedChange change) {
        revisions.check(LegalCases.TABLE, id, change);
        LegalCase legalCase = cases.find(id).orElseThrow();
        Object before = view.of(legalCase, true);
        CaseReader reader = new CaseReader(DatabaseReferences.of(jdbc), today());
        CaseEvent event = reader.readEvent(change.record(), "")
                .orElseThrow(() -> new InvalidInput(reader.problems()));
        try {
            legalCase.record(event, today());
        } catch (TimelineRuleBroken e) {
            throw new InvalidInput(java.util.List.of(e.problem()));
        }
        cases.saveProgress(legalCase);
        return announce(id, "event_added", before);
    }

    /**
     * Links the case staff name by its number (id) or external id to an incident. Linking twice changes nothing;
     * an unknown case is named on the field {@code case}. The incident must exist (the caller shows its page).
     * Returns the case's id.
     */
    @Transactional
    public long linkIncident(String caseNumberOrExternalId, long incidentId) {
        String typed = caseNumberOrExternalId == null ? "" : caseNumberOrExternalId.strip();
        if (typed.isEmpty()) {
            throw InvalidInput.of("case", "problem.required");
        }
        String number = typed.startsWith("#") ? typed.substring(1) : typed;
        Optional<Long> found = number.matches("[0-9]{1,18}")
                ? Optional.of(Long.parseLong(number)).filter(id -> cases.find(id).isPresent())
                : Optional.empty();
        long caseId = found.or(() -> cases.idByExternalId(typed))
                .orElseThrow(() -> InvalidInput.of("case", "problem.noSuchCase", typed));

        if (!DatabaseReferences.of(jdbc).incidentExists(incidentId)) {
            throw new NotFound("No incident " + incidentId);
        }
        Object before = view.of(cases.find(caseId).orElseThrow(), true);
        if (cases.link(caseId, incidentId)) {
            announce(caseId, "incident_linked", before);
        }
        return caseId;
    }

    public Optional<LegalCase> find(long id) {
        return cases.find(id);
    }

    /**
     * A monitor, editor or admin gives the case to a staff member to follow, or to nobody ({@code assignee} blank);
     * the case itself stays as it is. The change is announced, so the audit log records who gave it to whom; giving
     * it to whoever follows it already changes nothing.
     *
     * @throws InvalidInput when no staff account has that name
     */
    @Transactional
    public void assign(long id, String assignee, Viewer by) {
        if (!by.isMonitor()) {
            throw new Forbidden("Only monitors, editors and admins assign legal cases.");
        }
        String to = assignee == null || assignee.isBlank() ? null : assignee.strip().toLowerCase(java.util.Locale.ROOT);
        if (to != null && !accounts.exists(to)) {
            throw InvalidInput.of("assignee", "problem.noStaffMember", to);
        }
        cases.lock(id).orElseThrow(() -> new NotFound("No legal case " + id));
        String from = cases.assignee(id).orElse(null);
        if (!java.util.Objects.equals(from, to)) {
            cases.assign(id, to);
            events.publishEvent(new CaseChanged(id, "assigned", by.username(),
                    java.util.Collections.singletonMap("assigned_to", from),
                    java.util.Collections.singletonMap("assigned_to", to)));
        }
    }

    /**
     * Stores the translations of the case's title typed beside the original (monitors and up, as any edit of a
     * case); the original and everything else stay as they are. The change is announced for the audit log.
     *
     * @throws InvalidInput naming each translation that is wrong ({@code translations.kk.title}); nothing stored
     */
    @Transactional
    public void translate(long id, Map<String, Texts.Translation> translations, Viewer by) {
        if (!by.isMonitor()) {
            throw new Forbidden("Only monitors, editors and admins edit legal cases.");
        }
        cases.lock(id).orElseThrow(() -> new NotFound("No legal case " + id));
        LegalCase legalCase = cases.find(id).orElseThrow();
        Texts stored = legalCase.facts().texts();
        List<org.kuzet.core.FieldProblem> problems = new java.util.ArrayList<>();
        Texts typed = Texts.checked(stored.language(), stored.title(), "", translations, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Object before = view.of(legalCase, true);
        cases.translate(id, typed);
        announce(id, "changed", before);
    }

    /**
     * The case as the API shows it, with its {@code revision}, so that a form can carry what it read and send the
     * whole record back through {@link #edit} (its timeline included).
     */
    public Optional<Map<String, Object>> shown(long id) {
        return cases.find(id).map(c -> {
            Map<String, Object> shown = new java.util.LinkedHashMap<>(view.of(c, true));
            shown.put("revision", revisions.stored(LegalCases.TABLE, id).orElse(1));
            return shown;
        });
    }

    /** The articles a case may rest on, named in the reader's language, criminal first. */
    public List<LegalArticle> articles(java.util.Locale locale) {
        String lang = Languages.of(locale);
        return jdbc.sql("select code, code_law, label_" + lang + " as label from legal_article "
                        + "order by array_position(array['criminal','administrative','civil'], code_law), code")
                .query((rs, n) -> new LegalArticle(rs.getString("code"), rs.getString("code_law"),
                        rs.getString("label")))
                .list();
    }

    /** Hearings and deadlines from today on (Almaty's day), soonest first. */
    public List<ScheduledCaseEvent> comingUp(int limit) {
        return cases.scheduledFrom(today(), limit);
    }

    /** Tells the audit log (and whoever listens) what the case now is; returns the case as stored. */
    private LegalCase announce(long id, String verb, Object before) {
        LegalCase now = cases.find(id).orElseThrow();
        events.publishEvent(new CaseChanged(id, verb, ActingUser.current(), before, view.of(now, true)));
        return now;
    }

    private LegalCase read(JsonNode body) {
        CaseReader reader = new CaseReader(DatabaseReferences.of(jdbc), today());
        return reader.read(body).orElseThrow(() -> new InvalidInput(reader.problems()));
    }

    private LocalDate today() {
        return LocalDate.now(Today.CLOCK);
    }
}
