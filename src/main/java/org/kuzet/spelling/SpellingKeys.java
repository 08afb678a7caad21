package org.kuzet.spelling;

import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * After every migration, fills the alias keys that migrations leave empty, and recomputes all of them when the
 * folding algorithm changed. Migrations are SQL and cannot fold spellings the way the code does; this keeps one
 * definition of a key, in {@link Spelling}.
 */
@Component
class SpellingKeys implements Callback {

    private static final List<String> ALIAS_TABLES = List.of("place_alias", "actor_alias");

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        Integer stored = jdbc.queryForObject("select algorithm from spelling_state where id = 1", Integer.class);
        boolean all = stored == null || stored != Spelling.ALGORITHM;
        for (String table : ALIAS_TABLES) {
            refresh(jdbc, table, all);
        }
        jdbc.update("update spelling_state set algorithm = ? where id = 1", Spelling.ALGORITHM);
    }

    private static void refresh(JdbcTemplate jdbc, String table, boolean all) {
        String where = all ? "" : " where key = ''";
        List<String> aliases = jdbc.queryForList("select distinct alias from " + table + where, String.class);
        jdbc.batchUpdate("update " + table + " set key = ? where alias = ?", aliases, 500,
                (ps, alias) -> {
                    ps.setString(1, Spelling.key(alias));
                    ps.setString(2, alias);
                });
    }

    @Override
    public String getCallbackName() {
        return "spelling-keys";
    }
}
