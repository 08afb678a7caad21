package org.kuzet.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.kuzet.core.Today;
import org.kuzet.crypto.FieldCipher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts' second factor: a TOTP secret held by an authenticator app, and recovery codes for the day the phone is
 * lost. Enrolment is finished only by a first good code, so nobody is left with a secret their app does not hold.
 * Each code works once: a TOTP code's time step is remembered, a recovery code is marked used. Every change is
 * audited ({@link AccountChanged}) and told to the account's holder ({@link SecurityNotice}). The secret is kept
 * sealed ({@link FieldCipher}, record kind {@value #KIND}): a copy of the database does not give the codes.
 */
@Component
public class TwoFactor {

    /** The record kind of the sealed TOTP secrets (their own data key). */
    static final String KIND = "two_factor_secret";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TwoFactorCodes codes = TwoFactorCodes.INSTANCE;

    TwoFactor(JdbcClient jdbc, FieldCipher cipher, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock.getIfAvailable(() -> Today.CLOCK);
    }

    /** Whether this account signs in with a second factor. */
    public boolean enrolled(String username) {
        return since(username).isPresent();
    }

    /** When this account's second factor was set up, if it has one. */
    public Optional<OffsetDateTime> since(String username) {
        return jdbc.sql("""
                        select s.enrolled_at from two_factor_secret s join app_user u on u.id = s.user_id
                        where u.username = ?""")
                .param(normal(username)).query(OffsetDateTime.class).optional();
    }

    /** How many of the account's recovery codes are still unused. */
    public int recoveryCodesLeft(String username) {
        return jdbc.sql("""
                        select count(*) from two_factor_recovery_code c join app_user u on u.id = c.user_id
                        where u.username = ? and c.used_at is null""")
                .param(normal(username)).query(Integer.class).single();
    }

    String newSecret() {
        return codes.newSecret();
    }

    /** A secret being set up, as the session keeps it: sealed, as sessions are rows of the shared database. */
    String sealPending(String secret) {
        return cipher.seal(KIND, secret);
    }

    String openPending(String kept) {
        return cipher.openForServer(KIND, kept);
    }

    byte[] qrPng(String username, String secret) {
        return codes.qrPng(normal(username), secret);
    }

    /**
     * Finishes enrolment when the code is one the secret makes now; the account's recovery codes, shown once, or
     * empty when the code does not fit (nothing changes then).
     */
    @Transactional
    public Optional<List<String>> enrol(String username, String secret, String code) {
        OptionalLong step = codes.step(secret, code, clock.instant());
        Optional<Long> user = userId(username);
        if (step.isEmpty() || user.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("""
                        insert into two_factor_secret (user_id, secret, enrolled_at, last_step) values (?, ?, ?, ?)
                        on conflict (user_id) do update set secret = excluded.secret,
                            enrolled_at = excluded.enrolled_at, last_step = excluded.last_step""")
                .params(user.get(), cipher.seal(KIND, secret), OffsetDateTime.now(clock), step.getAsLong()).update();
        List<String> recovery = replaceRecoveryCodes(user.get());
        changed(username, "enrolled", username);
        return Optional.of(recovery);
    }

    /**
     * Whether the code (from the app, or a recovery code) proves the second factor; uses it up when it does. A
     * recovery code used is told to the holder, as somebody else may have used it.
     */
    @Transactional
    public boolean verify(String username, String code) {
        Optional<Long> user = userId(username);
        Optional<String> secret = user.flatMap(this::secretOf);
        if (secret.isEmpty() || code == null) {
            return false;
        }
        OptionalLong step = codes.step(secret.get(), code, clock.instant());
        if (step.isPresent()) {
            // a step at or before the last one used is a code already used (or older): refused
            return jdbc.sql("update two_factor_secret set last_step = ? where user_id = ? and last_step < ?")
                    .params(step.getAsLong(), user.get(), step.getAsLong()).update() == 1;
        }
        boolean recovered = jdbc.sql("""
                        update two_factor_recovery_code set used_at = now()
                        where user_id = ? and code_hash = ? and used_at is null""")
                .params(user.get(), TwoFactorCodes.recoveryHash(code)).update() == 1;
        if (recovered) {
            changed(username, "recovery_code_used", username);
        }
        return recovered;
    }

    /** New recovery codes in place of the old ones (all of which stop working); shown once. */
    @Transactional
    public List<String> renewRecoveryCodes(String username) {
        long user = userId(username).filter(id -> secretOf(id).isPresent())
                .orElseThrow(() -> new IllegalArgumentException("username: no second factor for '" + username + "'"));
        List<String> recovery = replaceRecoveryCodes(user);
        changed(username, "recovery_codes_renewed", username);
        return recovery;
    }

    /** The holder turns their second factor off (they proved it with a code first). */
    @Transactional
    public void turnOff(String username) {
        if (remove(username)) {
            changed(username, "turned_off", username);
        }
    }

    /**
     * An administrator takes the second factor off another's account (a lost phone and lost codes): its holder
     * signs in with the password alone, and sets up a new one where the role requires it.
     */
    @Transactional
    public void reset(String username) {
        StaffAccounts.requireAdmin();
        if (Viewer.current().wrote(normal(username))) {
            throw new IllegalArgumentException("username: an administrator does not reset their own second factor");
        }
        if (remove(username)) {
            changed(username, "reset", ActingUser.current());
        }
    }

    private boolean remove(String username) {
        Optional<Long> user = userId(username);
        if (user.isEmpty()) {
            return false;
        }
        jdbc.sql("delete from two_factor_recovery_code where user_id = ?").param(user.get()).update();
        return jdbc.sql("delete from two_factor_secret where user_id = ?").param(user.get()).update() == 1;
    }

    private List<String> replaceRecoveryCodes(long user) {
        jdbc.sql("delete from two_factor_recovery_code where user_id = ?").param(user).update();
        List<String> recovery = codes.recoveryCodes();
        for (String code : recovery) {
            jdbc.sql("insert into two_factor_recovery_code (user_id, code_hash) values (?, ?)")
                    .params(user, TwoFactorCodes.recoveryHash(code)).update();
        }
        return recovery;
    }

    private void changed(String username, String verb, String actor) {
        events.publishEvent(AccountChanged.twoFactor(normal(username), verb, actor));
        events.publishEvent(new SecurityNotice(normal(username), SecurityNotice.TWO_FACTOR, List.of(verb, actor)));
    }

    private Optional<String> secretOf(long user) {
        // opened for the check alone, whoever is signing in: the secret is never shown again
        return jdbc.sql("select secret from two_factor_secret where user_id = ?").param(user).query(String.class)
                .optional().map(stored -> cipher.openForServer(KIND, stored));
    }

    private Optional<Long> userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(normal(username)).query(Long.class)
                .optional();
    }

    static String normal(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
