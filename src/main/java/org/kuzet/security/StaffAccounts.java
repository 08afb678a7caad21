package org.kuzet.security;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts in the database: made by a command, the setup link or an administrator (no default password
 * exists), and used to log in. An administrator lists them, changes roles and disables or enables them; never their
 * own account, so the one acting always stays an enabled administrator.
 */
@Component
public class StaffAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
    }

    /** Makes an account; the audit log names the signed-in caller, or the OS user of a command, as its maker. */
    @Transactional
    public void create(String username, String displayName, String password, Role role) {
        create(username, displayName, password, role, ActingUser.current());
    }

    @Transactional
    void create(String username, String displayName, String password, Role role, String actor) {
        if (password == null || password.length() < 12) {
            throw new IllegalArgumentException("password: must be at least 12 characters");
        }
        String name = username.toLowerCase(Locale.ROOT);
        String roleName = role.name().toLowerCase(Locale.ROOT);
        jdbc.sql("insert into app_user (username, display_name, password_hash, role) values (?, ?, ?, ?)")
                .params(name, displayName, passwords.encode(password), roleName)
                .update();
        events.publishEvent(AccountChanged.created(name, displayName, roleName, actor));
    }

    /** An account as the administrators' page lists it. */
    public record Account(String username, String displayName, Role role, boolean enabled,
                          OffsetDateTime createdAt) {
    }

    /**
     * Makes an account whose password nobody knows (a random one): its holder sets one through the one-time link
     * {@link PasswordResets#issue} makes. For administrators.
     */
    @Transactional
    public void createAwaitingPassword(String username, String displayName, Role role) {
        requireAdmin();
        create(username, displayName == null || displayName.isBlank() ? username : displayName.strip(),
                Secrets.random(), role, ActingUser.current());
    }

    /**
     * What is wrong with a new account's name and password, field by field, as message keys ({@code setup.problem.*});
     * empty when both are good. A null password is not checked (the account will get one through a link).
     */
    public Map<String, String> problemsOfNew(String username, String password, String again) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (username == null || !username.toLowerCase(Locale.ROOT).matches("[a-z0-9._-]{2,64}")) {
            problems.put("username", "setup.problem.username");
        } else if (exists(username)) {
            problems.put("username", "setup.problem.taken");
        }
        if (password != null) {
            problems.putAll(passwordProblems(password, again));
        }
        return problems;
    }

    /** What is wrong with a chosen password and its repetition, as message keys; empty when good. */
    public static Map<String, String> passwordProblems(String password, String again) {
        if (password == null || password.length() < 12) {
            return Map.of("password", "setup.problem.password");
        }
        return password.equals(again) ? Map.of() : Map.of("password_again", "setup.problem.again");
    }

    public List<Account> all() {
        return jdbc.sql("select username, display_name, role, enabled, created_at from app_user order by username")
                .query((rs, n) -> account(rs)).list();
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("select username, display_name, role, enabled, created_at from app_user where username = ?")
                .param(normal(username)).query((rs, n) -> account(rs)).optional();
    }

    /** Gives an account another role; for administrators, never on their own account. */
    @Transactional
    public void changeRole(String username, Role role) {
        Account account = others(username);
        if (account.role() == role) {
            return;
        }
        jdbc.sql("update app_user set role = ? where username = ?").params(lower(role), account.username()).update();
        events.publishEvent(AccountChanged.roleChanged(account.username(), lower(account.role()), lower(role),
                ActingUser.current()));
    }

    /** Disables an account (it can no longer sign in, nor can its API tokens act) or enables it again. */
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        Account account = others(username);
        if (account.enabled() == enabled) {
            return;
        }
        jdbc.sql("update app_user set enabled = ? where username = ?").params(enabled, account.username()).update();
        events.publishEvent(AccountChanged.enabled(account.username(), enabled, ActingUser.current()));
    }

    /** The password its holder chose through a one-time link (the link is already used up). */
    void setPassword(String username, String password) {
        if (password == null || password.length() < 12) {
            throw new IllegalArgumentException("password: must be at least 12 characters");
        }
        jdbc.sql("update app_user set password_hash = ? where username = ?")
                .params(passwords.encode(password), normal(username)).update();
        events.publishEvent(AccountChanged.passwordReset(normal(username)));
    }

    /** Another person's account, for an administrator to change. */
    private Account others(String username) {
        requireAdmin();
        Account account = find(username)
                .orElseThrow(() -> new IllegalArgumentException("username: no account '" + username + "'"));
        if (Viewer.current().wrote(account.username())) {
            throw new IllegalArgumentException("username: an administrator does not change their own account here");
        }
        return account;
    }

    static void requireAdmin() {
        if (!Viewer.current().isAdmin()) {
            throw new AccessDeniedException("accounts are changed by administrators");
        }
    }

    private static Account account(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Account(rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role").toUpperCase(Locale.ROOT)), rs.getBoolean("enabled"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private static String lower(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    private static String normal(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username.toLowerCase(Locale.ROOT))
                .query(Long.class).single() > 0;
    }

    public boolean hasAdmin() {
        return jdbc.sql("select count(*) from app_user where role = 'admin' and enabled").query(Long.class).single() > 0;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, role, enabled from app_user where username = ?")
                .param(username.toLowerCase(Locale.ROOT))
                .query((rs, n) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .roles(rs.getString("role").toUpperCase(Locale.ROOT))
                        .disabled(!rs.getBoolean("enabled"))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
