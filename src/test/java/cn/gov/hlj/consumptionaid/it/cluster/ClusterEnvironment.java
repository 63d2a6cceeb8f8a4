package cn.gov.hlj.consumptionaid.it.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * What .ci/cluster-test hands the tests: the packaged jar, the private MariaDB (port, database, accounts) and the
 * script itself to stop and start that database.
 */
final class ClusterEnvironment {

    private ClusterEnvironment() {
    }

    static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static Path dir() throws IOException {
        return Files.createDirectories(Path.of(env("CLUSTER_DIR", "target/cluster")).toAbsolutePath());
    }

    static Path jar() {
        var jar = System.getenv("CLUSTER_JAR");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("CLUSTER_JAR is not a packaged jar: run the cluster tests through "
                    + ".ci/cluster-test");
        }
        return Path.of(jar);
    }

    private static String baseUrl() {
        return "jdbc:mysql://127.0.0.1:" + env("CLUSTER_DB_PORT", "3307") + "/"
                + env("CLUSTER_DB_NAME", "consumption_aid_cluster");
    }

    static String portalJdbcUrl() {
        return baseUrl() + "?useUnicode=true&characterEncoding=utf8&serverTimezone=Asia/Shanghai";
    }

    /** A connection of the tests' own account (reads rows and open transactions). */
    static Connection connect() throws SQLException {
        return DriverManager.getConnection(baseUrl() + "?useUnicode=true&characterEncoding=utf8"
                        + "&serverTimezone=Asia/Shanghai&connectTimeout=2000",
                env("CLUSTER_DB_OPS_USERNAME", "ops"), env("CLUSTER_DB_OPS_PASSWORD", "Cluster-ops-2026"));
    }

    /** {@code .ci/cluster-test db-kill} or {@code db-start}: the private MariaDB, never the shared one. */
    static void database(String action) throws IOException, InterruptedException {
        var script = env("CLUSTER_CONTROL", Path.of(".ci", "cluster-test").toAbsolutePath().toString());
        var log = dir().resolve("db-control.log");
        var process = new ProcessBuilder(script, action).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(script + " " + action + " failed; see " + log);
        }
    }
}
