package org.kuzet.report.internal;

import org.kuzet.report.Lang;
import org.kuzet.report.Period;
import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import org.kuzet.calendar.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the narrative of a period in one language (place names); the same records the counts are made of. */
@Component
class NarrativeQuery {

    private final JdbcClient jdbc;
    private final FollowUps followUps;

    NarrativeQuery(JdbcClient jdbc, FollowUps followUps) {
        this.jdbc = jdbc;
        this.followUps = followUps;
    }

    Narrative of(Period period, Lang lang) {
        String name = "p.name_" + lang.code();
        List<Narrative.ContextItem> context = jdbc.sql("select x.occurred_on, x.date_precision, " + name
                        + ", x.title, x.description from context_event x left join place p on p.code = x.place_code"
                        // a draft (read from an archived report, not yet reviewed) reaches no report
                        + " where x.published_at is not null and "
                        + Counting.within("x.occurred_on", "x.date_precision")
                        + " order by x.occurred_on, x.id")
                .param("start", Date.valueOf(period.start())).param("end", Date.valueOf(period.end()))
                .query((rs, n) -> new Narrative.ContextItem(
                        PartialDate.of(rs.getDate(1).toLocalDate(), rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
        List<Narrative.IncidentItem> incidents = jdbc.sql("""
                select c.group_code, i.primary_category, i.occurred_on, i.date_precision, %s, i.title,
                    array_to_string(array(
                        select distinct o.name from (
                            select v.name from incident_victim v where v.incident_id = i.id
                                and v.victim_kind = 'media_outlet'
                            union select coalesce(s.outlet_name, a.name) from incident_source x
                                join source s on s.id = x.source_id left join actor a on a.id = s.outlet_actor_id
                                where x.incident_id = i.id and not s.confidential) o
                        where o.name is not null order by o.name), '|')
                from incident i join category c on c.code = i.primary_category left join place p on p.code = i.place_code
                where i.workflow_state = 'published' and c.counted and %s
                order by i.occurred_on, i.id""".formatted(name, Counting.within("i.occurred_on", "i.date_precision")))
                .param("start", Date.valueOf(period.start())).param("end", Date.valueOf(period.end()))
                .query((rs, n) -> new Narrative.IncidentItem(rs.getString(1), rs.getString(2),
                        PartialDate.of(rs.getDate(3).toLocalDate(), rs.getString(4)), rs.getString(5),
                        rs.getString(6), rs.getString(7).isEmpty() ? List.of() : Arrays.asList(rs.getString(7).split("\\|"))))
                .list();
        return new Narrative(context, incidents, followUps.incidents(period, lang), followUps.cases(period, lang));
    }
}
