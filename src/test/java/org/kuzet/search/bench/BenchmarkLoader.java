package org.kuzet.search.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a generated world with COPY, in batches of one transaction each. Triggers stand aside for the session
 * (session_replication_role = replica: neither the search outbox nor the foreign-key checks run, the generator
 * makes consistent rows), the secondary indexes of the loaded tables are dropped before and built again after
 * (counted in the load time), and the search index is rebuilt afterwards with search-reindex, as a bulk import
 * would do.
 */
final class BenchmarkLoader {

    static final int BATCH = 20_000;

    private final BenchmarkWorld world;
    private final Connection connection;
    private final CopyManager copy;
    private int persons;
    private int outlets;

    BenchmarkLoader(BenchmarkWorld world, Connection connection) throws SQLException {
        this.world = world;
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    void load(int incidents) throws Exception {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("set session_replication_role = replica");
        }
        List<String> indexes = dropSecondaryIndexes();
        loadActors();
        long victimId = 1;
        long perpetratorId = 1;
        long sourceId = 1;
        for (int from = 1; from <= incidents; from += BATCH) {
            int to = Math.min(incidents, from + BATCH - 1);
            Csv incident = new Csv();
            Csv victim = new Csv();
            Csv perpetrator = new Csv();
            Csv category = new Csv();
            Csv source = new Csv();
            Csv cites = new Csv();
            for (int id = from; id <= to; id++) {
                String[] place = world.place();
                String primary = world.category();
                int personIndex = world.random.nextInt(persons);
                int outletIndex = world.random.nextInt(outlets);
                String person = world.person(personIndex);
                String outlet = world.outlet(outletIndex);
                String body = world.pick(BenchmarkWorld.STATE_BODIES) + " " + place[1];
                String[] text = world.text(person, outlet, body, place);
                LocalDate date = world.date();
                String precision = world.precision();
                if (!precision.equals("day")) {
                    date = precision.equals("month") ? date.withDayOfMonth(1) : date.withDayOfYear(1);
                }
                String notes = world.random.nextInt(5) == 0 ? "Связь через " + world.person(world.random.nextInt(persons)) : null;
                incident.row(id, text[0], text[1], date, precision, place[0], primary, world.pick(BenchmarkWorld.VERIFICATIONS),
                        world.state(), notes);
                int victims = world.random.nextInt(10) < 7 ? 1 : 2;
                for (int v = 0; v < victims; v++) {
                    String kind = world.pick(BenchmarkWorld.VICTIM_KINDS);
                    boolean outletVictim = kind.equals("media_outlet");
                    int actor = outletVictim ? persons + outletIndex + 1 : (v == 0 ? personIndex : world.random.nextInt(persons)) + 1;
                    String name = outletVictim ? outlet : world.person(actor - 1);
                    victim.row(victimId++, id, v, actor, name, kind, null,
                            world.random.nextInt(4) == 0 ? "+7 7" + (100_000_000 + world.random.nextInt(899_999_999)) : null);
                }
                perpetrator.row(perpetratorId++, id, 0, null, body, world.pick(BenchmarkWorld.PERPETRATOR_TYPES));
                if (world.random.nextInt(10) < 3) {
                    String extra = world.category();
                    if (!extra.equals(primary)) {
                        category.row(id, extra);
                    }
                }
                if (world.random.nextInt(10) < 6) {
                    boolean confidential = world.random.nextInt(10) == 0;
                    source.row(sourceId, confidential ? "correspondent_report" : "media_article",
                            confidential ? null : persons + outletIndex + 1, confidential ? null : outlet,
                            confidential ? "Сообщение корреспондента" : text[0], date, "day", text[1] + " " + text[0],
                            confidential ? world.person(world.random.nextInt(persons)) : null, confidential);
                    cites.row(id, sourceId++);
                }
            }
            copy.copyIn("copy incident (id, title, summary, occurred_on, date_precision, place_code, primary_category, "
                    + "verification, workflow_state, confidential_notes) from stdin (format csv)", incident.reader());
            copy.copyIn("copy incident_victim (id, incident_id, position, actor_id, name, victim_kind, role, contact) "
                    + "from stdin (format csv)", victim.reader());
            copy.copyIn("copy incident_perpetrator (id, incident_id, position, actor_id, name, perpetrator_type) "
                    + "from stdin (format csv)", perpetrator.reader());
            copy.copyIn("copy incident_category (incident_id, category_code) from stdin (format csv)", category.reader());
            copy.copyIn("copy source (id, kind, outlet_actor_id, outlet_name, title, published_on, published_on_precision, archived_text, "
                    + "correspondent, confidential) from stdin (format csv)", source.reader());
            copy.copyIn("copy incident_source (incident_id, source_id) from stdin (format csv)", cites.reader());
            connection.commit();
        }
        try (Statement s = connection.createStatement()) {
            // as pg_restore does: rows first, then each index built once, in bulk, instead of row by row
            s.execute("set maintenance_work_mem = '256MB'");
            for (String index : indexes) {
                s.execute(index);
            }
            connection.commit();
            for (String table : new String[] {"incident", "incident_victim", "incident_perpetrator", "source", "actor"}) {
                s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))");
            }
            s.execute("reset session_replication_role");
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    /** The indexes of the loaded tables that are neither primary keys nor unique: dropped, their definitions kept. */
    private List<String> dropSecondaryIndexes() throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("""
                     select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i
                     where i.indrelid in ('incident'::regclass, 'incident_victim'::regclass,
                                          'incident_perpetrator'::regclass, 'incident_category'::regclass,
                                          'source'::regclass, 'incident_source'::regclass)
                       and not i.indisprimary and not i.indisunique""")) {
            while (rs.next()) {
                names.add(rs.getString(1));
                definitions.add(rs.getString(2));
            }
        }
        try (Statement s = connection.createStatement()) {
            for (String name : names) {
                s.execute("drop index " + name);
            }
        }
        connection.commit();
        return definitions;
    }

    private void loadActors() throws Exception {
        persons = BenchmarkWorld.personCount();
        outlets = BenchmarkWorld.OUTLET_STEMS.length * BenchmarkWorld.PLACES.length;
        Csv actor = new Csv();
        Csv alias = new Csv();
        for (int i = 0; i < persons; i++) {
            String name = world.person(i);
            actor.row(i + 1, "person", "journalist", name);
            String latin = world.latin(name);
            alias.row(i + 1, latin, org.kuzet.spelling.Spelling.key(latin));
        }
        for (int i = 0; i < outlets; i++) {
            String name = world.outlet(i);
            actor.row(persons + i + 1, "organisation", "media_outlet", name);
            String latin = world.latin(name);
            if (!latin.equals(name)) {
                alias.row(persons + i + 1, latin, org.kuzet.spelling.Spelling.key(latin));
            }
        }
        copy.copyIn("copy actor (id, kind, actor_type, name) from stdin (format csv)", actor.reader());
        copy.copyIn("copy actor_alias (actor_id, alias, key) from stdin (format csv)", alias.reader());
        connection.commit();
    }

    /** Rows in PostgreSQL's CSV: every value quoted, null as nothing. */
    private static final class Csv {
        private final StringBuilder text = new StringBuilder(1 << 20);

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                if (values[i] != null) {
                    text.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
                }
            }
            text.append('\n');
        }

        StringReader reader() {
            return new StringReader(text.toString());
        }
    }
}
