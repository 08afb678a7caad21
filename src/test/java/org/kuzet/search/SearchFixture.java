package org.kuzet.search;

import java.time.LocalDate;
import java.util.List;
import org.kuzet.security.Role;
import org.kuzet.security.Viewer;
import org.kuzet.spelling.Spelling;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small world to search, written straight into the tables the search documents are made from. Marker words
 * (zzq...) sit in every confidential place; the public must never find them.
 */
public final class SearchFixture {

    static final String DRAFT_TITLE_MARKER = "zzqdrafttitle";
    static final String NOTES_MARKER = "zzqnotes";
    static final String CONTACT_MARKER = "zzqcontact";
    static final String CORRESPONDENT_MARKER = "zzqcorrespondent";
    static final String ARCHIVE_MARKER = "zzqarchive";
    static final String PUBLIC_SOURCE_CORRESPONDENT_MARKER = "zzqpubliccorr";
    static final String REJECTION_MARKER = "zzqrejected";
    static final List<String> MARKERS = List.of(DRAFT_TITLE_MARKER, NOTES_MARKER, CONTACT_MARKER, CORRESPONDENT_MARKER,
            ARCHIVE_MARKER, PUBLIC_SOURCE_CORRESPONDENT_MARKER, REJECTION_MARKER);
    /** A monitor: searches every document and all its text. */
    static final Viewer MONITOR = new Viewer("search-monitor", Role.MONITOR);
    /** A correspondent who wrote none of the fixture's records: searches as the public does. */
    static final Viewer CORRESPONDENT = new Viewer("search-correspondent", Role.CORRESPONDENT);
    /** The correspondent who wrote the draft (I4): reads its title, notes and contacts, and nobody else's. */
    static final Viewer DRAFT_AUTHOR = new Viewer("search-draft-author", Role.CORRESPONDENT);
    static final List<Viewer> VIEWERS = List.of(Viewer.PUBLIC, CORRESPONDENT, DRAFT_AUTHOR, MONITOR);
    /** A name that only a draft holds. */
    static final String DRAFT_ONLY_NAME = "Zhanbolatova";

    final JdbcClient jdbc;
    long bazhkenova;
    long azattyq;
    long threatsAlmaty;
    long detentionKostanay;
    long claimShymkent;
    long draft;
    long refusalAlmaty;
    long blockingKostanay;
    long rejected;
    long confidentialSource;
    long azattyqSource;

    private SearchFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Loads the world once per database and finds it again on later calls. */
    static synchronized SearchFixture in(JdbcClient jdbc) {
        SearchFixture f = new SearchFixture(jdbc);
        if (jdbc.sql("select count(*) from incident where external_id = 'sf-1'").query(Long.class).single() == 0) {
            f.load();
        }
        f.find();
        return f;
    }

    /** For tests that add their own records. */
    public static SearchFixture empty(JdbcClient jdbc) {
        return new SearchFixture(jdbc);
    }

    private void load() {
        long bazhkenovaActor = actor("Гульнара Бажкенова", "person", "journalist", "Gulnara Bazhkenova");
        long azattyqActor = actor("Азаттық", "organisation", "media_outlet", "Azattyq", "Радио Азаттык");
        long ordaActor = actor("Orda.kz", "organisation", "media_outlet");

        long i1 = incident("sf-1", "Угрозы главному редактору издания Orda.kz",
                "Неизвестные угрожали журналистам издания Orda.kz после публикации расследования.",
                LocalDate.of(2024, 3, 12), "day", "kz-almaty", "threats", "confirmed", "published", null, null);
        category(i1, "discrediting");
        victim(i1, bazhkenovaActor, "Гульнара Бажкенова", "journalist", "главный редактор", null);
        perpetrator(i1, "Неизвестные", "unknown");
        long s1 = source("media_article", azattyqActor, null, "Журналисту Orda.kz угрожают", false, null,
                "Радио Азаттық сообщает об угрозах в адрес редакции.");
        cite(i1, s1);

        long i2 = incident("sf-2", "Journalist detained in Qostanay",
                "Police detained a journalist who was covering a protest.",
                LocalDate.of(2024, 3, 20), "day", "kz-kostanay", "detention", "unverified", "published", null, null);
        victim(i2, null, "Askhat Niyazov", "journalist", "reporter", null);
        perpetrator(i2, "Police of Kostanay region", "law_enforcement");

        long i3 = incident("sf-3", "Иск о защите чести и достоинства к редакции",
                "Аким подал иск к изданию Азаттык о защите чести, достоинства и деловой репутации.",
                LocalDate.of(2020, 8, 1), "month", "kz-shymkent", "civil_claims", "disputed", "published", null, null);
        victim(i3, azattyqActor, "Азаттык", "media_outlet", null, null);
        perpetrator(i3, "Аким района", "official");
        long s2 = source("media_article", null, "Vlast.kz", "Аким судится с Азаттык", false, null, "Текст статьи.");
        cite(i3, s2);

        long i4 = incident("sf-4", "Угроза журналисту " + DRAFT_TITLE_MARKER,
                "Ещё не проверено.", LocalDate.of(2024, 3, 28), "day", "kz-almaty", "threats", "unverified", "draft",
                "Источник просил не называть его " + NOTES_MARKER, null);
        victim(i4, null, DRAFT_ONLY_NAME, "journalist", null, "+7 701 000 " + CONTACT_MARKER);
        jdbc.sql("update incident set created_by = ? where id = ?").params(DRAFT_AUTHOR.username(), i4).update();
        perpetrator(i4, "Неизвестный", "unknown");

        long i5 = incident("sf-5", "Отказ в предоставлении информации журналисту",
                "Журналистам отказали в информации, хотя им ранее угрожали.",
                LocalDate.of(2024, 3, 25), "day", "kz-almaty", "refusal_of_information", "unverified", "published",
                "Заметка для сотрудников " + NOTES_MARKER, null);
        victim(i5, null, "Айгуль Сапарова", "journalist", null, "email " + CONTACT_MARKER);
        perpetrator(i5, "Управление образования", "state_body");
        long s3 = source("correspondent_report", null, null, "Сообщение корреспондента", true,
                "Корреспондент " + CORRESPONDENT_MARKER, "Текст сообщения " + ARCHIVE_MARKER + " об отказе журналистам.");
        long s4 = source("media_article", ordaActor, null, "Чиновники не отвечают журналистам", false,
                "Автор " + PUBLIC_SOURCE_CORRESPONDENT_MARKER, "Управление отказало журналистам.");
        cite(i5, s3);
        cite(i5, s4);

        long i6 = incident("sf-6", "Сайт бұғатталды",
                "Қостанай өңіріндегі жаңалықтар сайты бұғатталды.",
                LocalDate.of(2023, 11, 2), "day", "kz-kostanay-region", "blocking", "confirmed", "published", null, null);
        victim(i6, null, "Qostanay News", "media_outlet", null, null);
        perpetrator(i6, "Министерство информации", "state_body");

        long i7 = incident("sf-7", "Отклонённое сообщение", "Не подтвердилось.", LocalDate.of(2024, 2, 1), "day",
                "kz-almaty", "threats", "refuted", "rejected", null, "Дубликат " + REJECTION_MARKER);
        victim(i7, null, "Кто-то", "citizen", null, null);
    }

    private void find() {
        threatsAlmaty = incidentId("sf-1");
        detentionKostanay = incidentId("sf-2");
        claimShymkent = incidentId("sf-3");
        draft = incidentId("sf-4");
        refusalAlmaty = incidentId("sf-5");
        blockingKostanay = incidentId("sf-6");
        rejected = incidentId("sf-7");
        bazhkenova = jdbc.sql("select id from actor where name = 'Гульнара Бажкенова'").query(Long.class).single();
        azattyq = jdbc.sql("select id from actor where name = 'Азаттық'").query(Long.class).single();
        confidentialSource = jdbc.sql("select id from source where confidential").query(Long.class).single();
        azattyqSource = jdbc.sql("select id from source where outlet_actor_id = ?").param(azattyq).query(Long.class).single();
    }

    private long incidentId(String externalId) {
        return jdbc.sql("select id from incident where external_id = ?").param(externalId).query(Long.class).single();
    }

    long actor(String name, String kind, String type, String... aliases) {
        long id = jdbc.sql("insert into actor (kind, actor_type, name) values (?, ?, ?) returning id")
                .params(kind, type, name).query(Long.class).single();
        for (String alias : aliases) {
            jdbc.sql("insert into actor_alias (actor_id, alias, key) values (?, ?, ?)")
                    .params(id, alias, Spelling.key(alias)).update();
        }
        return id;
    }

    public long incident(String externalId, String title, String summary, LocalDate occurred, String precision, String place,
                  String category, String verification, String state, String notes, String rejection) {
        return jdbc.sql("""
                insert into incident (external_id, title, summary, occurred_on, date_precision, place_code,
                                      primary_category, verification, workflow_state, confidential_notes, rejection_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(externalId, title, summary, occurred, precision, place, category, verification, state, notes,
                        rejection)
                .query(Long.class).single();
    }

    void category(long incident, String code) {
        jdbc.sql("insert into incident_category (incident_id, category_code) values (?, ?)").params(incident, code).update();
    }

    void victim(long incident, Long actor, String name, String kind, String role, String contact) {
        jdbc.sql("""
                insert into incident_victim (incident_id, position, actor_id, name, victim_kind, role, contact)
                values (?, (select count(*) from incident_victim where incident_id = ?), ?, ?, ?, ?, ?)""")
                .params(incident, incident, actor, name, kind, role, contact).update();
    }

    void perpetrator(long incident, String name, String type) {
        jdbc.sql("""
                insert into incident_perpetrator (incident_id, position, name, perpetrator_type)
                values (?, (select count(*) from incident_perpetrator where incident_id = ?), ?, ?)""")
                .params(incident, incident, name, type).update();
    }

    long source(String kind, Long outletActor, String outletName, String title, boolean confidential,
                String correspondent, String archivedText) {
        return jdbc.sql("""
                insert into source (kind, outlet_actor_id, outlet_name, title, confidential, correspondent, archived_text)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(kind, outletActor, outletName, title, confidential, correspondent, archivedText)
                .query(Long.class).single();
    }

    void cite(long incident, long source) {
        jdbc.sql("insert into incident_source (incident_id, source_id) values (?, ?)").params(incident, source).update();
    }
}
