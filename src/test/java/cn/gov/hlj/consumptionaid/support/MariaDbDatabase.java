package cn.gov.hlj.consumptionaid.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fresh database on the MariaDB/MySQL server of the {@code it-mysql} profile for one Spring test context:
 * {@code PORTAL_IT_DB_HOST}:{@code PORTAL_IT_DB_PORT} (default 127.0.0.1:3306, user root without password, as on the
 * project's machines). The databases are dropped when the test JVM ends.
 */
public final class MariaDbDatabase {

    private static final String HOST = env("PORTAL_IT_DB_HOST", "127.0.0.1");
    private static final String PORT = env("PORTAL_IT_DB_PORT", "3306");
    private static final String USER = env("PORTAL_IT_DB_USERNAME", "root");
    private static final String PASSWORD = env("PORTAL_IT_DB_PASSWORD", "");
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(MariaDbDatabase::dropAll));
    }

    private MariaDbDatabase() {
    }

    /** Creates a database and points the context's datasource at it; returns its name. */
    public static String register(DynamicPropertyRegistry registry) throws SQLException {
        var name = "portal_it_" + UUID.randomUUID().toString().substring(0, 8);
        try (var connection = DriverManager.getConnection(serverUrl(), USER, PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        CREATED.add(name);
        registry.add("spring.datasource.url", () -> "jdbc:mysql://" + HOST + ":" + PORT + "/" + name
                + "?useUnicode=true&characterEncoding=utf8&serverTimezone=Asia/Shanghai");
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.datasource.driver-class-name", () -> "com.mysql.cj.jdbc.Driver");
        registry.add("portal.demo-accounts.enabled", () -> "true");
        registry.add("portal.demo-data.enabled", () -> "false");
        return name;
    }

    private static void dropAll() {
        try (var connection = DriverManager.getConnection(serverUrl(), USER, PASSWORD);
             var statement = connection.createStatement()) {
            for (var name : CREATED) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
            }
        } catch (SQLException e) {
            System.err.println("Could not drop the test databases " + CREATED + ": " + e.getMessage());
        }
    }

    private static String serverUrl() {
        return "jdbc:mysql://" + HOST + ":" + PORT + "/?useUnicode=true&characterEncoding=utf8";
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
