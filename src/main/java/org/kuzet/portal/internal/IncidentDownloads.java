package org.kuzet.portal.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.kuzet.calendar.PartialDate;
import org.kuzet.core.Languages;
import org.kuzet.portal.PublicIncidents;
import org.kuzet.portal.PublicListFilter;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every public field of the published incidents a filter of the public list selects, for the CSV and JSON
 * downloads, with the names of categories, places, kinds and verification in the visitor's language. Public fields
 * only: never confidential notes, victims' contacts, correspondents, nor any source that is hidden (a confidential
 * one, or a correspondent's report), which {@code source_hidden} decides as it does for search.
 */
@Component
class IncidentDownloads {

    /** A code with its name in the visitor's language. (Schema names: the API's own records have the plain ones.) */
    @Schema(name = "DownloadNamedCode")
    record Named(String code, String label) {
    }

    /** A victim (kind, role, gender) or a perpetrator (kind: its type). */
    @Schema(name = "DownloadPerson")
    record Person(String name, String kind, String kindLabel, String role, String gender) {
    }

    @Schema(name = "DownloadSource")
    record Source(String title, String outlet, String url) {
    }

    /** One incident as the downloads write it; {@code date} keeps its precision, from/to are its first and last day. */
    @Schema(name = "DownloadIncident")
    record Entry(long id, String date, String title, String summary, String datePrecision, LocalDate dateFrom,
                 LocalDate dateTo, String placeCode, String place, String primaryCategory, String category,
                 List<Named> furtherCategories, Integer peopleAffected, List<Person> victims,
                 List<Person> perpetrators, String verification, String verificationLabel, List<Source> sources,
                 int revision, OffsetDateTime publishedAt, String url, String titleLanguage) {
    }

    private final PublicIncidents incidents;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final JsonMapper json;

    IncidentDownloads(PublicIncidents incidents, JdbcClient jdbc, MessageSource messages, JsonMapper json) {
        this.incidents = incidents;
        this.jdbc = jdbc;
        this.messages = messages;
        this.json = json;
    }

    /** Every incident the filter selects, oldest first, one at a time (a download streams, whatever its size). */
    void each(PublicListFilter filter, Locale locale, String base, Consumer<Entry> sink) {
        PublicListFilter.Sql sql = incidents.publicSelection(filter);
        String l = PublicIncidents.column(Languages.of(locale));
        // the title and summary in the visitor's language where translated, else the original with its language
        String lang = Languages.of(locale);
        jdbc.sql("""
                select i.id, shown_text(i.title, i.translations, 'title', '%2$s') as title,
                       shown_text(i.summary, i.translations, 'summary', '%2$s') as summary,
                       shown_language(i.language, i.translations, 'title', '%2$s') as title_language, i.occurred_on, i.date_precision, i.verification, i.place_code,
                       i.primary_category, i.people_affected, i.revision, i.published_at,
                       p.name_%1$s as place, c.label_%1$s as category,
                       (select json_agg(json_build_object('code', f.code, 'label', f.label_%1$s) order by f.position)
                        from incident_category x join category f on f.code = x.category_code
                        where x.incident_id = i.id and x.category_code <> i.primary_category) as further,
                       (select json_agg(json_build_object('name', v.name, 'kind', v.victim_kind, 'role', v.role,
                                                          'gender', v.gender) order by v.position)
                        from incident_victim v where v.incident_id = i.id) as victims,
                       (select json_agg(json_build_object('name', x.name, 'kind', x.perpetrator_type)
                                        order by x.position)
                        from incident_perpetrator x where x.incident_id = i.id) as perpetrators,
                       (select json_agg(json_build_object('title', s.title, 'outlet', coalesce(a.name, s.outlet_name),
                                                          'url', s.url) order by s.id)
                        from incident_source x join source s on s.id = x.source_id
                        left join actor a on a.id = s.outlet_actor_id
                        where x.incident_id = i.id and not source_hidden(s.kind, s.confidential)) as sources
                from incident i left join place p on p.code = i.place_code
                join category c on c.code = i.primary_category""".formatted(l, lang) + sql.where()
                + " order by i.occurred_on, i.id")
                .params(sql.params())
                .query((ResultSet rs) -> {
                    sink.accept(entry(rs, locale, base));
                });
    }

    private Entry entry(ResultSet rs, Locale locale, String base) throws SQLException {
        long id = rs.getLong("id");
        PartialDate date = PartialDate.of(rs.getObject("occurred_on", LocalDate.class), rs.getString("date_precision"));
        String verification = rs.getString("verification");
        List<Named> further = new ArrayList<>();
        for (JsonNode f : list(rs.getString("further"))) {
            further.add(new Named(f.get("code").asString(), f.get("label").asString()));
        }
        List<Source> sources = new ArrayList<>();
        for (JsonNode s : list(rs.getString("sources"))) {
            sources.add(new Source(text(s, "title"), text(s, "outlet"), text(s, "url")));
        }
        return new Entry(id, date.toString(), rs.getString("title"), rs.getString("summary"),
                date.precision().code(), date.start(), date.end(), rs.getString("place_code"), rs.getString("place"),
                rs.getString("primary_category"), rs.getString("category"), further,
                (Integer) rs.getObject("people_affected"), people(rs.getString("victims"), "victim.", locale),
                people(rs.getString("perpetrators"), "perpetrator.", locale), verification,
                messages.getMessage("verification." + verification, null, verification, locale), sources,
                rs.getInt("revision"), rs.getObject("published_at", OffsetDateTime.class),
                base + "/incidents/" + id, rs.getString("title_language"));
    }

    private List<Person> people(String array, String labels, Locale locale) {
        List<Person> people = new ArrayList<>();
        for (JsonNode p : list(array)) {
            String kind = text(p, "kind");
            people.add(new Person(text(p, "name"), kind,
                    kind == null ? null : messages.getMessage(labels + kind, null, kind, locale), text(p, "role"),
                    text(p, "gender")));
        }
        return people;
    }

    private Iterable<JsonNode> list(String array) {
        return array == null ? List.of() : json.readTree(array);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
