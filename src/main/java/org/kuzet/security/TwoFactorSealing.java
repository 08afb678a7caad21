package org.kuzet.security;

import java.util.List;
import org.kuzet.crypto.FieldCipher;
import org.kuzet.crypto.SealsExisting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Seals the TOTP secrets kept before they were encrypted (see {@link TwoFactor}). */
@Component
class TwoFactorSealing implements SealsExisting {

    private final JdbcClient jdbc;

    TwoFactorSealing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int sealExisting(FieldCipher cipher) {
        List<Object[]> plain = jdbc.sql("select user_id, secret from two_factor_secret where secret not like '"
                        + FieldCipher.PREFIX + "%'")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        int sealed = 0;
        for (Object[] row : plain) {
            sealed += jdbc.sql("update two_factor_secret set secret = ? where user_id = ?")
                    .params(cipher.seal(TwoFactor.KIND, (String) row[1]), row[0]).update();
        }
        return sealed;
    }
}
