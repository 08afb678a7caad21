package org.kuzet.triage.internal;

import java.util.List;
import org.kuzet.crypto.FieldCipher;
import org.kuzet.crypto.SealsExisting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seals what people reported directly (the public form, a correspondent's phone) and was kept before encryption:
 * who wrote and what they said beside it, and the article and candidates made from it (see {@link SealedReports}).
 */
@Component
class PublicReportSealing implements SealsExisting {

    private static final String PLAIN = " is not null and %1$s not like '" + FieldCipher.PREFIX + "%%'";
    private static final String REPORTED = "article_id in (select article_id from triage_public_report)";

    private final JdbcClient jdbc;
    private final SealedReports sealed;

    PublicReportSealing(JdbcClient jdbc, SealedReports sealed) {
        this.jdbc = jdbc;
        this.sealed = sealed;
    }

    @Override
    public int sealExisting(FieldCipher cipher) {
        int count = 0;
        for (String column : List.of("reporter_name", "reporter_contact", "happened_when", "happened_where", "link")) {
            List<Object[]> rows = jdbc.sql("select article_id, " + column + " from triage_public_report where "
                            + column + PLAIN.formatted(column))
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
            for (Object[] row : rows) {
                count += jdbc.sql("update triage_public_report set " + column + " = ? where article_id = ?")
                        .params(sealed.seal((String) row[1]), row[0]).update();
            }
        }
        return count + articles() + candidates();
    }

    private int articles() {
        List<Object[]> rows = jdbc.sql("select id, title, text from triage_article where id in (select article_id "
                        + "from triage_public_report) and text" + PLAIN.formatted("text"))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).list();
        int count = 0;
        for (Object[] row : rows) {
            count += jdbc.sql("update triage_article set title = ?, text = ? where id = ?")
                    .params(sealed.seal((String) row[1]), sealed.seal((String) row[2]), row[0]).update();
        }
        return count;
    }

    private int candidates() {
        List<Object[]> rows = jdbc.sql("select id, passage, why::text, facts::text from triage_candidate where "
                        + REPORTED + " and passage" + PLAIN.formatted("passage"))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list();
        int count = 0;
        for (Object[] row : rows) {
            count += jdbc.sql("update triage_candidate set passage = ?, why = cast(? as jsonb), "
                            + "facts = cast(? as jsonb) where id = ?")
                    .params(sealed.seal((String) row[1]), sealed.sealJson((String) row[2]),
                            sealed.sealJson((String) row[3]), row[0]).update();
        }
        return count;
    }
}
