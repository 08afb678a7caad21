package org.kuzet.intake.internal;

import java.util.List;
import org.kuzet.crypto.FieldCipher;
import org.kuzet.crypto.SealsExisting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Seals what correspondents sent from their phones before it was encrypted (see {@link SubmissionStore}). */
@Component
class SubmissionSealing implements SealsExisting {

    private static final List<String> COLUMNS = List.of("what", "happened_when", "happened_where", "link", "place",
            "device");

    private final JdbcClient jdbc;

    SubmissionSealing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int sealExisting(FieldCipher cipher) {
        int sealed = 0;
        for (String column : COLUMNS) {
            List<Object[]> plain = jdbc.sql("select id, " + column + " from intake_submission where " + column
                            + " is not null and " + column + " not like '" + FieldCipher.PREFIX + "%'")
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
            for (Object[] row : plain) {
                sealed += jdbc.sql("update intake_submission set " + column + " = ? where id = ?")
                        .params(cipher.seal(SubmissionStore.KIND, (String) row[1]), row[0]).update();
            }
        }
        return sealed;
    }
}
