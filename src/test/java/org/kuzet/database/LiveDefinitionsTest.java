package org.kuzet.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The live SQL of every owner is read in one file: each function, trigger and view of a migrated database is
 * defined in exactly one repeatable migration (R__*.sql). One defined only in a versioned migration would be
 * replaced in the next migration that changes it, and the reader would have to find the latest of several.
 */
@SpringBootTest
class LiveDefinitionsTest {

    // the objects of the public schema that our migrations made (not those of extensions such as pg_trgm)
    private static final String LIVE = """
            select 'function ' || p.proname from pg_proc p
            where p.pronamespace = 'public'::regnamespace
              and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid
                              and d.deptype = 'e')
            union
            select 'trigger ' || t.tgname || ' on ' || c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
            where c.relnamespace = 'public'::regnamespace and not t.tgisinternal
            union
            select 'view ' || c.relname from pg_class c
            where c.relnamespace = 'public'::regnamespace and c.relkind in ('v', 'm')
              and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                              and d.deptype = 'e')
            """;

    // the last versioned migration that defined functions, triggers or views; the ones after it define none
    private static final int LAST_VERSION_WITH_DEFINITIONS = 64;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyLiveFunctionTriggerAndViewIsDefinedInExactlyOneRepeatableMigration() throws IOException {
        Set<String> live = live();
        assertThat(live).contains("function search_refresh", "trigger incident_report_count_ins on incident",
                "view search_content", "function source_hidden", "trigger audit_entry_no_truncate on audit_entry");
        assertThat(MigrationFiles.repeatable().problemsWith(live)).isEmpty();
    }

    @Test
    void newVersionedMigrationsDefineNoFunctionTriggerOrView() throws IOException {
        // a new function written there would escape the check above; a changed one would shadow its R__ file
        assertThat(MigrationFiles.versionedAfter(LAST_VERSION_WITH_DEFINITIONS).definers()).isEmpty();
        assertThat(MigrationFiles.versionedAfter(LAST_VERSION_WITH_DEFINITIONS - 2).definers())
                .containsKey("view search_content");
    }

    @Test
    void aDefinitionLeftOnlyInAVersionedMigrationIsFound() throws IOException {
        MigrationFiles files = MigrationFiles.repeatable();
        String portal = files.text("R__portal.sql");
        String withoutFunction =
                portal.replaceFirst("(?s)create or replace function portal_changed\\(\\).*?end \\$\\$;", "");
        String withoutTrigger = portal.replaceFirst("(?s)create or replace trigger place_portal_truncated .*?;", "");

        assertThat(files.with("R__portal.sql", withoutFunction).problemsWith(live()))
                .containsExactly("function portal_changed: in no R__ file (defined only in a versioned migration?)");
        assertThat(files.with("R__portal.sql", withoutTrigger).problemsWith(live())).containsExactly(
                "trigger place_portal_truncated on place: in no R__ file (defined only in a versioned migration?)");
    }

    @Test
    void aDefinitionInTwoFilesIsFound() throws IOException {
        MigrationFiles files = MigrationFiles.repeatable();
        String audit = files.text("R__audit.sql");
        String twice = files.text("R__portal.sql") + audit.substring(audit.indexOf("create or replace function"));

        assertThat(files.with("R__portal.sql", twice).problemsWith(live())).contains(
                "function audit_entry_is_append_only: in more than one R__ file [R__audit.sql, R__portal.sql]",
                "trigger audit_entry_no_truncate on audit_entry: in more than one R__ file "
                        + "[R__audit.sql, R__portal.sql]");
    }

    @Test
    void commentsAndFunctionBodiesDefineNothing() {
        MigrationFiles files = new MigrationFiles(Map.of("R__x.sql", """
                -- create or replace function forgotten() ...
                create or replace procedure maker() language plpgsql as $body$
                begin
                    execute 'create view made as select 1';
                end $body$;
                """));

        assertThat(files.definers()).containsOnlyKeys("function maker");
    }

    private Set<String> live() {
        return new TreeSet<>(jdbc.sql(LIVE).query(String.class).list());
    }
}
