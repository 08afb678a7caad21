package org.kuzet.report;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

/**
 * The classes that check the reports against the seeds' figures share one database of their own that holds only
 * {@link SeedFixtures} (loaded once): a Spring context of its own, so its own throw-away PostgreSQL. They read
 * figures and publish reports; none of them adds or changes a record that is counted.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "kuzet.test.world=seed-figures")
@interface SeedFiguresDatabase {
}
