package cn.gov.hlj.consumptionaid.metrics.rollup;

import cn.gov.hlj.consumptionaid.support.MariaDbDatabase;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.SQLException;

/** The same specification as {@link RegistryRollupEventsTest}, on MariaDB through mysql-connector-j (it-mysql). */
@Tag("mysql")
@ActiveProfiles("mysql")
class RegistryRollupEventsMariaDbTest extends RegistryRollupEventsTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        MariaDbDatabase.register(registry);
    }
}
