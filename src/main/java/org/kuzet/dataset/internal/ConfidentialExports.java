package org.kuzet.dataset.internal;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.kuzet.core.Today;
import org.kuzet.dataset.ConfidentialExportChanged;
import org.kuzet.security.Role;
import org.kuzet.security.SecurityNotice;
import org.kuzet.security.StaffAccounts;
import org.kuzet.security.Viewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole dataset with its confidential fields (victims' contacts, confidential notes, correspondents' names and
 * reports), for the people who see them, behind two people's consent: a monitor, editor or administrator asks and
 * says why; another person, an administrator, approves; the requester downloads it once, within {@link #VALID_FOR}
 * of the approval. Each step is audited and told to the requester as a security notice; a request is also told to
 * every administrator, who must act on it. The command line's {@code export} is the server operator's, who holds
 * the database anyway, and is not gated.
 */
@Component
public class ConfidentialExports {

    static final Duration VALID_FOR = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final DatasetExport export;
    private final StaffAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConfidentialExports(JdbcClient jdbc, DatasetExport export, StaffAccounts accounts,
                        ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.export = export;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock.getIfAvailable(() -> Today.CLOCK);
    }

    /** A request as the pages list it; its state is read against the clock. */
    public record Request(long id, String requestedBy, String reason, OffsetDateTime requestedAt, String decidedBy,
                          Boolean approved, OffsetDateTime expiresAt, OffsetDateTime downloadedAt) {

        public String state(OffsetDateTime now) {
            if (approved == null) {
                return "requested";
            }
            if (!approved) {
                return "refused";
            }
            if (downloadedAt != null) {
                return "downloaded";
            }
            return expiresAt.isAfter(now) ? "approved" : "expired";
        }
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    @Transactional
    public long request(String reason) {
        Viewer me = requireMonitor();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: say why the export is needed");
        }
        long id = jdbc.sql("""
                        insert into confidential_export (requested_by, reason, requested_at) values (?, ?, ?)
                        returning id""")
                .params(me.username(), reason.strip(), now()).query(Long.class).single();
        events.publishEvent(new ConfidentialExportChanged(id, "requested", me.username(),
                Map.of("reason", reason.strip())));
        tell(me.username(), id, "requested", me.username());
        accounts.all().stream().filter(a -> a.role() == Role.ADMIN && a.enabled() && !me.wrote(a.username()))
                .forEach(admin -> tell(admin.username(), id, "requested", me.username()));
        return id;
    }

    public List<Request> of(String username) {
        return jdbc.sql("select * from confidential_export where requested_by = ? order by id desc limit 50")
                .param(username).query(Request.class).list();
    }

    /** Every request, newest first: those awaiting a decision are the administrators' to act on. */
    public List<Request> all() {
        requireAdmin();
        return jdbc.sql("select * from confidential_export order by approved is not null, id desc limit 100")
                .query(Request.class).list();
    }

    /** @return false when there is no such request awaiting a decision, or it is the administrator's own */
    @Transactional
    public boolean decide(long id, boolean approve) {
        Viewer me = requireAdmin();
        OffsetDateTime expires = now().plus(VALID_FOR);
        List<String> requester = jdbc.sql("""
                        update confidential_export set decided_by = ?, decided_at = ?, approved = ?, expires_at = ?
                        where id = ? and approved is null and requested_by <> ? returning requested_by""")
                .params(me.username(), now(), approve, approve ? expires : null, id, me.username())
                .query(String.class).list();
        if (requester.isEmpty()) {
            return false;
        }
        String verb = approve ? "approved" : "refused";
        events.publishEvent(new ConfidentialExportChanged(id, verb, me.username(),
                approve ? Map.of("expires_at", expires.toString()) : Map.of()));
        if (approve) {
            tell(requester.get(0), id, verb, me.username());
        }
        return true;
    }

    /** Whether this is one of the administrator's own requests (another administrator decides it). */
    public boolean own(long id) {
        return jdbc.sql("select count(*) from confidential_export where id = ? and requested_by = ?")
                .params(id, Viewer.current().username()).query(Long.class).single() > 0;
    }

    /**
     * Uses the approved export up and writes it: once, by its requester, before it expires.
     *
     * @return false (nothing written) when it is not theirs, not approved, already downloaded or expired
     */
    @Transactional
    public boolean download(long id, OutputStream out) {
        Viewer me = requireMonitor();
        boolean taken = jdbc.sql("""
                        update confidential_export set downloaded_at = ?
                        where id = ? and requested_by = ? and approved and downloaded_at is null and expires_at > ?""")
                .params(now(), id, me.username(), now()).update() == 1;
        if (!taken) {
            return false;
        }
        events.publishEvent(new ConfidentialExportChanged(id, "downloaded", me.username(), Map.of()));
        tell(me.username(), id, "downloaded", me.username());
        export.writeTo(out);
        return true;
    }

    private void tell(String username, long id, String step, String actor) {
        events.publishEvent(new SecurityNotice(username, SecurityNotice.CONFIDENTIAL_EXPORT,
                List.of(Long.toString(id), step, actor)));
    }

    private static Viewer requireMonitor() {
        Viewer me = Viewer.current();
        if (!me.isMonitor()) {
            throw new AccessDeniedException("exports with confidential data are for monitors, editors and admins");
        }
        return me;
    }

    private static Viewer requireAdmin() {
        Viewer me = Viewer.current();
        if (!me.isAdmin()) {
            throw new AccessDeniedException("exports with confidential data are approved by administrators");
        }
        return me;
    }
}
