package cn.gov.hlj.consumptionaid.security;

import cn.gov.hlj.consumptionaid.support.MariaDbDatabase;
import org.junit.jupiter.api.Tag;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.SQLException;

/**
 * The bad-input corpus on MariaDB through mysql-connector-j ({@code it-mysql}): the rollback of a refused commit and
 * the row counts on the production database. Its context is closed after the class and keeps a small pool: every
 * MariaDB test class has a database and a context of its own, and the server's connections are shared with them.
 */
@Tag("mysql")
@ActiveProfiles("mysql")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BadInputCorpusMariaDbTest extends BadInputCorpusTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        MariaDbDatabase.register(registry);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
    }
}
