package org.kuzet.security;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which roles must sign in with a second factor. An administrator sets it per role; until they do, the
 * configuration decides ({@code kuzet.two-factor.required-roles}, by default {@code admin,editor}; the tests'
 * configuration requires it of nobody, as older tests sign in with a password alone).
 */
@Component
public class TwoFactorPolicy {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Set<Role> configured;

    TwoFactorPolicy(JdbcClient jdbc, ApplicationEventPublisher events,
                    @Value("${kuzet.two-factor.required-roles:admin,editor}") List<String> configured) {
        this.jdbc = jdbc;
        this.events = events;
        this.configured = configured.stream().map(String::strip).filter(r -> !r.isEmpty())
                .map(r -> Role.valueOf(r.toUpperCase(Locale.ROOT))).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether an account of this role must have a second factor before it uses Kuzet. */
    public boolean requires(Role role) {
        if (role == null) {
            return false;
        }
        return jdbc.sql("select required from two_factor_role where role = ?").param(lower(role))
                .query(Boolean.class).optional().orElse(configured.contains(role));
    }

    /** Every role and whether it must. */
    public Map<Role, Boolean> all() {
        Map<String, Boolean> set = new HashMap<>();
        jdbc.sql("select role, required from two_factor_role").query((rs, n) -> set.put(rs.getString(1),
                rs.getBoolean(2))).list();
        Map<Role, Boolean> all = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            all.put(role, set.getOrDefault(lower(role), configured.contains(role)));
        }
        return all;
    }

    /** An administrator's choice of the roles that must; the others need not. */
    @Transactional
    public void require(Set<Role> required) {
        StaffAccounts.requireAdmin();
        Map<Role, Boolean> before = all();
        String actor = ActingUser.current();
        for (Role role : Role.values()) {
            boolean must = required.contains(role);
            if (before.get(role) != must) {
                jdbc.sql("""
                                insert into two_factor_role (role, required, changed_by) values (?, ?, ?)
                                on conflict (role) do update set required = excluded.required,
                                    changed_by = excluded.changed_by, changed_at = now()""")
                        .params(lower(role), must, actor).update();
                events.publishEvent(new TwoFactorRoleChanged(lower(role), must, actor));
            }
        }
    }

    static Role role(String typed) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equalsIgnoreCase(typed)).findFirst().orElse(null);
    }

    private static String lower(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
