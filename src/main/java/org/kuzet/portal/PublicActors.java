package org.kuzet.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A journalist's or an outlet's page. The public's: every published incident that names them and the cases that
 * reveal no unpublished incident. The staff's: every incident in any workflow state and every legal case.
 */
@Component
public class PublicActors {

    /** {@code descriptionLanguage}: the language the description is shown in (the visitor's where translated). */
    public record Profile(long id, String name, String kind, String type, String description, List<String> aliases,
                   List<PublicIncidents.Summary> incidents, List<CaseLine> cases, String descriptionLanguage) {
    }

    /** A legal case the actor is a party to. */
    /** {@code titleLanguage}: the language the title is shown in (the visitor's where translated). */
    public record CaseLine(long id, String title, String kind, String stage, String role, LocalDate openedOn,
            String titleLanguage) {
    }

    private final JdbcClient jdbc;

    PublicActors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Profile> profile(long id, String lang) {
        return profile(id, lang, false);
    }

    public Optional<Profile> profile(long id, String lang, boolean staff) {
        String l = PublicIncidents.column(lang);
        List<PublicIncidents.Summary> incidents = jdbc.sql("""
                select i.id, %3$s, i.occurred_on, i.date_precision, i.verification, i.workflow_state,
                       p.name_%1$s as place, c.label_%1$s as category
                from incident i left join place p on p.code = i.place_code
                join category c on c.code = i.primary_category
                where %2$s
                  and i.id in (select v.incident_id from incident_victim v where v.actor_id = :id
                               union select x.incident_id from incident_perpetrator x where x.actor_id = :id)
                order by i.occurred_on desc, i.id desc""".formatted(l, staff ? "true" : "i.workflow_state = 'published'",
                        PublicIncidents.texts(l)))
                .param("id", id)
                .query((rs, n) -> new PublicIncidents.Summary(rs.getLong("id"), rs.getString("title"),
                        PublicIncidents.date(rs.getObject("occurred_on", LocalDate.class), rs.getString("date_precision")),
                        rs.getString("place"), rs.getString("category"), rs.getString("verification"),
                        rs.getString("summary"), rs.getString("workflow_state"), rs.getString("title_language")))
                .list();
        List<String> aliases = jdbc.sql("select alias from actor_alias where actor_id = ? order by alias").param(id)
                .query(String.class).list();
        List<CaseLine> cases = cases(id, staff, l); // read before, not inside, the row mapper: one pooled connection at a time
        return jdbc.sql(("select id, name, kind, actor_type, shown_text(description, translations, 'summary', '%1$s')"
                        + " as description, shown_language(language, translations, 'summary', '%1$s') as description_language"
                        + " from actor where id = ?").formatted(l)).param(id)
                .query((rs, n) -> {
                    String name = rs.getString("name");
                    return new Profile(rs.getLong("id"), name, rs.getString("kind"), rs.getString("actor_type"),
                            rs.getString("description"), aliases.stream().filter(a -> !a.equals(name)).toList(),
                            incidents, cases, rs.getString("description_language"));
                })
                .optional();
    }

    /**
     * The actor's legal cases; like the case API, the public is not shown a case linked to an incident that is not
     * published, since that would reveal the incident.
     */
    private List<CaseLine> cases(long id, boolean staff, String l) {
        return jdbc.sql("""
                select c.id, shown_text(c.title, c.translations, 'title', :lang) as title,
                       shown_language(c.language, c.translations, 'title', :lang) as title_language,
                       c.kind, c.stage, p.role, c.opened_on from legal_case c
                join legal_case_party p on p.case_id = c.id
                where p.actor_id = :id
                  and (:staff or not exists (select 1 from legal_case_incident ci join incident i on i.id = ci.incident_id
                                  where ci.case_id = c.id and i.workflow_state <> 'published'))
                order by c.opened_on desc nulls last, c.id desc""")
                .param("staff", staff)
                .param("id", id)
                .param("lang", l)
                .query((rs, n) -> new CaseLine(rs.getLong("id"), rs.getString("title"), rs.getString("kind"),
                        rs.getString("stage"), rs.getString("role"), rs.getObject("opened_on", LocalDate.class),
                        rs.getString("title_language")))
                .list();
    }
}
