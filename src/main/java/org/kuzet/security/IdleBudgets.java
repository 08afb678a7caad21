package org.kuzet.security;

import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drops the rate limit's buckets no client has drawn from for an hour: every budget refills within minutes, so such
 * a bucket is full, and a new one starts full anyway.
 */
@Component
class IdleBudgets {

    private final JdbcClient jdbc;

    IdleBudgets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
    @SchedulerLock(name = "security-idle-budgets")
    void forget() {
        jdbc.sql("delete from security_bucket where refilled_at < now() - interval '1 hour'").update();
    }
}
