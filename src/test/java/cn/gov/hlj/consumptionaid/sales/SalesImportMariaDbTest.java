package cn.gov.hlj.consumptionaid.sales;

import cn.gov.hlj.consumptionaid.support.MariaDbDatabase;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.SQLException;

/** The same specification as {@link SalesImportTest}, on MariaDB through mysql-connector-j ({@code it-mysql}). */
@Tag("mysql")
@ActiveProfiles("mysql")
class SalesImportMariaDbTest extends SalesImportTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        MariaDbDatabase.register(registry);
    }
}
