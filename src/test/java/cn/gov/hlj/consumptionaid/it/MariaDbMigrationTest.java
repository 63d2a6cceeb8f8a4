package cn.gov.hlj.consumptionaid.it;

import cn.gov.hlj.consumptionaid.accounts.AccountDirectory;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.AccountDetails;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.NewAccount;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.support.MariaDbDatabase;
import cn.gov.hlj.consumptionaid.support.TestClockConfiguration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.SQLException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production database path: the same Flyway migrations on a real MariaDB (MySQL-compatible) server through
 * mysql-connector-j, Hibernate's schema validation against them, and audited writes. Runs in the {@code it-mysql}
 * Maven profile, on a database of its own ({@link MariaDbDatabase}).
 */
@Tag("mysql")
@SpringBootTest
@Import(TestClockConfiguration.class)
@ActiveProfiles({"mysql", "embedded"})
class MariaDbMigrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountDirectory directory;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        MariaDbDatabase.register(registry);
    }

    @Test
    void flyway_migrates_an_empty_database_and_hibernate_accepts_the_schema() {
        var versions = jdbc.queryForList(
                "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank", String.class);
        assertThat(versions).startsWith("1").contains("4");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0", Long.class))
                .isZero();
    }

    @Test
    void the_reference_data_arrives_complete_and_in_chinese() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM region", Long.class)).isEqualTo(135);
        assertThat(jdbc.queryForObject("SELECT name_zh FROM region WHERE code = '230129'", String.class))
                .isEqualTo("延寿县");
        assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM region WHERE national_poverty_county OR provincial_poverty_county",
                Long.class)).isEqualTo(28);
    }

    @Test
    @WithUserDetails("admin")
    void an_account_created_on_mariadb_is_stored_with_its_history() {
        directory.create(new NewAccount("mariadb-user", new AccountDetails("数据库测试", null, null), "FINANCE",
                "230100", Set.of(AppRoles.DEPARTMENT_MEMBER), "Winter#2026"));
        assertThat(jdbc.queryForObject("SELECT display_name FROM user_account WHERE username = 'mariadb-user'",
                String.class)).isEqualTo("数据库测试");
        assertThat(jdbc.queryForObject("SELECT r.username FROM user_account_aud a JOIN audit_revision r "
                + "ON r.id = a.rev WHERE a.username = 'mariadb-user'", String.class)).isEqualTo("admin");
    }
}
