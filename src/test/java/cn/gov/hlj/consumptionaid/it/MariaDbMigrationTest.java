package cn.gov.hlj.consumptionaid.it;

import cn.gov.hlj.consumptionaid.accounts.AccountDirectory;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.AccountDetails;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.NewAccount;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterAll;
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

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production database path: the same Flyway migrations on a real MariaDB (MySQL-compatible) server through
 * mysql-connector-j, Hibernate's schema validation against them, and audited writes. Runs in the {@code it-mysql}
 * Maven profile; the server is {@code PORTAL_IT_DB_HOST}:{@code PORTAL_IT_DB_PORT} (default 127.0.0.1:3306, user
 * root without password, as on the project's machines). Each run creates its own database and drops it afterwards.
 */
@Tag("mysql")
@SpringBootTest
@Import(TestClockConfiguration.class)
@ActiveProfiles({"mysql", "embedded"})
class MariaDbMigrationTest {

    private static final String HOST = env("PORTAL_IT_DB_HOST", "127.0.0.1");
    private static final String PORT = env("PORTAL_IT_DB_PORT", "3306");
    private static final String USER = env("PORTAL_IT_DB_USERNAME", "root");
    private static final String PASSWORD = env("PORTAL_IT_DB_PASSWORD", "");
    private static final String DATABASE = "portal_it_" + UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountDirectory directory;

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String serverUrl() {
        return "jdbc:mysql://" + HOST + ":" + PORT + "/?useUnicode=true&characterEncoding=utf8";
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        try (var connection = DriverManager.getConnection(serverUrl(), USER, PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        registry.add("spring.datasource.url", () -> "jdbc:mysql://" + HOST + ":" + PORT + "/" + DATABASE
                + "?useUnicode=true&characterEncoding=utf8&serverTimezone=Asia/Shanghai");
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("portal.demo-accounts.enabled", () -> "true");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (var connection = DriverManager.getConnection(serverUrl(), USER, PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
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
