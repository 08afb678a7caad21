package org.kuzet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A test class whose figures count every record of a kind (the home page's total, a month's report, the charts, a
 * whole import) runs on a database of its own instead of emptying the one the other classes share: a test world of
 * its own (as the search tests' {@code kuzet.test.world}) gives it a Spring context of its own, which starts its own
 * throw-away PostgreSQL (tests run with {@code kuzet.db.ephemeral}), and the context is closed after the class, so
 * the next such class starts empty too.
 * Records such a class makes stay in its database; within the class, tests still make their own or share one
 * fixture made once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestPropertySource(properties = "kuzet.test.world=own-database")
@DirtiesContext
public @interface OwnDatabase {
}
