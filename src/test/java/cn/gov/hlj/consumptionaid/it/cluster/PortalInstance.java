package cn.gov.hlj.consumptionaid.it.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One portal process started from the packaged jar ({@code CLUSTER_JAR}) on a loopback port, in the production
 * database profile with the embedded login ({@code mysql,embedded}) against the cluster's shared database. Its output
 * goes to {@code target/cluster/<name>.log}; its PID to {@code <name>.pid}, so that .ci/cluster-test can stop it
 * should this JVM die first.
 */
final class PortalInstance implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    final String route;
    final Path log;
    private final Process process;

    private PortalInstance(String name, int port, String route, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.route = route;
        this.log = log;
        this.process = process;
    }

    /** Starts the jar; returns at once (see {@link #awaitHealthy}). */
    static PortalInstance start(String name, int port, String route, Map<String, String> settings)
            throws IOException {
        var dir = ClusterEnvironment.dir();
        var log = dir.resolve(name + ".log");
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx700m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-jar", ClusterEnvironment.jar().toString());
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        var env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "mysql,embedded");
        env.put("PORT", String.valueOf(port));
        env.put("PORTAL_ROUTE", route);
        env.put("PORTAL_DB_URL", ClusterEnvironment.portalJdbcUrl());
        env.put("PORTAL_DB_USERNAME", ClusterEnvironment.env("CLUSTER_DB_USERNAME", "portal"));
        env.put("PORTAL_DB_PASSWORD", ClusterEnvironment.env("CLUSTER_DB_PASSWORD", "Cluster-db-2026"));
        env.put("PORTAL_DATA_DIR", dir.resolve(name + "-data").toString());
        env.put("PORTAL_DEMO_ACCOUNTS", "false");
        env.put("PORTAL_DEMO_DATA", "false");
        env.put("TZ", "Asia/Shanghai");
        env.putAll(settings);
        var process = builder.start();
        Files.writeString(dir.resolve(name + ".pid"), String.valueOf(process.pid()));
        return new PortalInstance(name, port, route, log, process);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until {@code /actuator/health} answers UP (it includes the database). */
    void awaitHealthy(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (health().contains("\"UP\"")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not healthy after " + timeout + "; see " + log);
    }

    /** The body of {@code /actuator/health}, or the error met asking for it. */
    String health() {
        try {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (IOException e) {
            return "unreachable: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Kills the process at once (SIGKILL): no shutdown hooks, as when a server fails. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    List<String> logLines() throws IOException {
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : new ArrayList<>();
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
        Files.deleteIfExists(ClusterEnvironment.dir().resolve(name + ".pid"));
    }
}
