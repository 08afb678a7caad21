package org.kuzet.notification.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the digests' schedule; kuzet.notification.digests=false turns it off (e.g. on a second instance). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "kuzet.notification.digests", havingValue = "true", matchIfMissing = true)
class NotificationScheduling {
}
