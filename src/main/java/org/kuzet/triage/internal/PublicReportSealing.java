package org.kuzet.triage.internal;

import java.util.List;
import org.kuzet.crypto.FieldCipher;
import org.kuzet.crypto.SealsExisting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Seals the names and contacts of people who wrote through the public form before encryption. */
@Component
class PublicReportSealing implements SealsExisting {

    private final JdbcClient jdbc;

    PublicReportSealing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int sealExisting(FieldCipher cipher) {
        int sealed = 0;
        for (String column : List.of("reporter_name", "reporter_contact")) {
            List<Object[]> rows = jdbc.sql("select article_id, " + column + " from triage_public_report where "
                            + column + " is not null and " + column + " not like '" + FieldCipher.PREFIX + "%'")
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
            for (Object[] row : rows) {
                sealed += jdbc.sql("update triage_public_report set " + column + " = ? where article_id = ?")
                        .params(cipher.seal("public_report", (String) row[1]), row[0]).update();
            }
        }
        return sealed;
    }
}
