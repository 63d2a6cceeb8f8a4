package cn.gov.hlj.consumptionaid.security;

import cn.gov.hlj.consumptionaid.support.MariaDbDatabase;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.SQLException;

/**
 * The bad-input corpus on MariaDB through mysql-connector-j ({@code it-mysql}): the rollback of a refused commit and
 * the row counts on the production database.
 */
@Tag("mysql")
@ActiveProfiles("mysql")
class BadInputCorpusMariaDbTest extends BadInputCorpusTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        MariaDbDatabase.register(registry);
    }
}
