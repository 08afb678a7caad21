package org.kuzet.triage.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the feed polling schedule; kuzet.triage.polling=false turns it off (e.g. on a read-only replica). */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "kuzet.triage.polling", havingValue = "true", matchIfMissing = true)
public class TriageScheduling {
}
