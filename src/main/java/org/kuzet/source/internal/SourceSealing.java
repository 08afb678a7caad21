package org.kuzet.source.internal;

import java.util.List;
import org.kuzet.crypto.FieldCipher;
import org.kuzet.crypto.SealsExisting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Seals what sources stored before encryption: every correspondent, and the text of every hidden source. */
@Component
class SourceSealing implements SealsExisting {

    private static final String UNSEALED = " is not null and %1$s not like '" + FieldCipher.PREFIX + "%%'";

    private final JdbcClient jdbc;

    SourceSealing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int sealExisting(FieldCipher cipher) {
        int sealed = seal(cipher, "correspondent", "correspondent" + UNSEALED.formatted("correspondent"));
        return sealed + seal(cipher, "archived_text", "source_hidden(kind, confidential) and archived_text"
                + UNSEALED.formatted("archived_text"));
    }

    private int seal(FieldCipher cipher, String column, String where) {
        List<Object[]> rows = jdbc.sql("select id, " + column + " from source where " + where)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        int sealed = 0;
        for (Object[] row : rows) {
            // updated_at stays: sealing is not a change of the source
            sealed += jdbc.sql("update source set " + column + " = ? where id = ?")
                    .params(cipher.seal(SourceStore.KIND, (String) row[1]), row[0]).update();
        }
        return sealed;
    }
}
