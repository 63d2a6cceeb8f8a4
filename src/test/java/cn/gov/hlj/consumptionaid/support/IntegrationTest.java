package cn.gov.hlj.consumptionaid.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test against the whole application in the embedded mode, on a fresh in-memory H2 database (MySQL mode) migrated
 * by Flyway and seeded with the demo accounts. Test classes with the same configuration share one context.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest
@Import(TestClockConfiguration.class)
@ActiveProfiles({"embedded", "test"})
public @interface IntegrationTest {
}
