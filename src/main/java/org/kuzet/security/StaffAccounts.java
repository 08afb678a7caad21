package org.kuzet.security;

import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts in the database: made by a command (no default password exists) and used to log in. */
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
