package cn.gov.hlj.consumptionaid.it.cluster;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal instances (the packaged jar, production database profile, embedded login) on 127.0.0.1:18081 and
 * :18082 against the same database on a private MariaDB, started by .ci/cluster-test (Maven profile
 * {@code it-cluster}). In order: the same reserved share reviewed on both instances (one success, one clear conflict,
 * nothing lost); the bulletin schedule, fired every 5 s on both, runs once per firing and archives one bulletin for the
 * month; MariaDB killed in the middle of an import (clear message, no row of the file, the same file imported once
 * the database is back, no portal restarted); one instance killed, the other serving with all data.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstanceClusterTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String PASSWORD = "Cluster@2026";
    /** Budget units' task force: imports purchasers (finance lens, the whole province). */
    private static final String IMPORTER = "cluster-finance";
    /** A user of the education department's agency unit, which supervises the test university. */
    private static final String REVIEWER = "cluster-reviewer";
    private static final String SUPERVISING_UNIT = "CLU-SUP-001";
    private static final String UNIVERSITY = "CLU-UNI-001";
    private static final String UNIVERSITY_NAME = "集群测试大学";
    private static final int SCHEDULE_SECONDS = 5;
    private static final Pattern SCHEDULED_RUN = Pattern.compile("^(\\S+)\\s.*Scheduled bulletin run for (\\S+) on");
    private static final int FAULT_ROWS = Integer.parseInt(ClusterEnvironment.env("CLUSTER_FAULT_ROWS", "5000"));
    /**
     * Slows the first import of the fault file down in the database (5 ms a row), so that the kill lands while it
     * writes whatever the machine's speed; dropped before the same file is imported again.
     */
    private static final String SLOW_INSERTS = "CREATE TRIGGER cluster_test_slow_fault_rows BEFORE INSERT ON purchaser"
            + " FOR EACH ROW BEGIN IF NEW.code LIKE 'FLT-%' THEN DO SLEEP(0.005); END IF; END";

    private PortalInstance one;
    private PortalInstance two;
    private Instant bothUp;
    private long shareId;

    @BeforeAll
    void startTwoInstances() throws Exception {
        var settings = Map.of(
                "PORTAL_BULLETIN_CRON", "*/" + SCHEDULE_SECONDS + " * * * * *",
                "PORTAL_BULLETIN_LOCK_AT_LEAST_FOR", "PT3S",
                "PORTAL_DB_CONNECTION_TIMEOUT", "5000");
        // Both at once against an empty database: Flyway's lock lets one migrate while the other waits.
        one = PortalInstance.start("portal-1", 18081, "portal1", settings);
        two = PortalInstance.start("portal-2", 18082, "portal2", settings);
        one.awaitHealthy(Duration.ofMinutes(4));
        two.awaitHealthy(Duration.ofMinutes(4));
        bothUp = Instant.now();
        try (var db = ClusterEnvironment.connect()) {
            seed(db);
        }
    }

    @AfterAll
    void stopInstances() throws Exception {
        for (var instance : new PortalInstance[] {one, two}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    @Order(1)
    void the_same_share_reviewed_on_both_instances_gives_one_success_and_one_conflict_and_loses_nothing()
            throws Exception {
        long versionBefore = longOf("SELECT version FROM reserved_share WHERE id = ?", shareId);
        try (var first = Browser.open(); var second = Browser.open()) {
            first.signIn(one.url(), REVIEWER, PASSWORD);
            second.signIn(two.url(), REVIEWER, PASSWORD);
            // Each browser holds a session of its own instance, named by the route suffix nginx maps.
            assertThat(first.sessionId()).endsWith(".portal1");
            assertThat(second.sessionId()).endsWith(".portal2");

            first.open(one.url() + "/data/reserved-shares", UNIVERSITY_NAME);
            second.open(two.url() + "/data/reserved-shares", UNIVERSITY_NAME);
            var approve = first.awaitElement(By.cssSelector(".reserved-share-approve"), Duration.ofSeconds(30));
            var sendBack = second.awaitElement(By.cssSelector(".reserved-share-return"), Duration.ofSeconds(30));

            first.click(approve);
            first.awaitText("已审核通过 " + UNIVERSITY_NAME, Duration.ofSeconds(30));
            first.screenshot("01-approved-on-portal-1");

            second.click(sendBack);
            // Tab sends the reason to the server (the field's value changes on blur), as leaving it would.
            second.awaitElement(By.cssSelector("#reserved-share-return-reason textarea"), Duration.ofSeconds(30))
                    .sendKeys("预留比例与预算不符", org.openqa.selenium.Keys.TAB);
            second.driver.findElement(By.id("reserved-share-return-confirm")).click();
            second.awaitText("该预留份额刚被他人修改，请刷新列表后重试。", Duration.ofSeconds(30));
            second.screenshot("02-conflict-on-portal-2");
        }
        try (var db = ClusterEnvironment.connect();
             var query = db.prepareStatement("SELECT status, return_reason, reviewed_by, version"
                     + " FROM reserved_share WHERE id = ?")) {
            query.setLong(1, shareId);
            try (var row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("status")).isEqualTo("APPROVED");
                assertThat(row.getString("return_reason")).isNull();
                assertThat(row.getString("reviewed_by")).isEqualTo(REVIEWER);
                assertThat(row.getLong("version")).isEqualTo(versionBefore + 1);
            }
        }
    }

    @Test
    @Order(2)
    void the_schedule_fired_on_both_instances_runs_once_per_firing_and_archives_one_bulletin_for_the_month()
            throws Exception {
        // The first run renders the bulletin (slow: both instances skip the firings meanwhile, the lock being held);
        // from then on every firing runs, on one instance. Watch six firings after the bulletin exists.
        var lastMonth = YearMonth.from(LocalDate.now(ZONE)).minusMonths(1);
        var deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (longOf("SELECT COUNT(*) FROM bulletin_document") == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
        }
        var generated = Instant.now();
        var watchedUntil = generated.plusSeconds(6L * SCHEDULE_SECONDS + 2);
        Thread.sleep(Duration.between(Instant.now(), watchedUntil).toMillis());
        var runsPerFiring = new TreeMap<Long, List<String>>();
        for (var instance : List.of(one, two)) {
            for (var line : instance.logLines()) {
                var run = SCHEDULED_RUN.matcher(line);
                if (run.find()) {
                    var at = OffsetDateTime.parse(run.group(1)).toInstant();
                    if (!at.isBefore(bothUp) && at.isBefore(watchedUntil)) {
                        runsPerFiring.computeIfAbsent(at.getEpochSecond() / SCHEDULE_SECONDS, k -> new ArrayList<>())
                                .add(instance.name);
                    }
                }
            }
        }
        System.out.println("Scheduled runs per " + SCHEDULE_SECONDS + " s firing since both instances were up: "
                + runsPerFiring);
        // Never two instances in one firing; each of the firings after the bulletin was generated ran (once).
        assertThat(runsPerFiring.values()).allSatisfy(instances -> assertThat(instances).hasSize(1));
        long firstWatched = generated.getEpochSecond() / SCHEDULE_SECONDS + 1;
        assertThat(runsPerFiring.tailMap(firstWatched).keySet())
                .containsAll(java.util.stream.LongStream.range(firstWatched, firstWatched + 5).boxed().toList());

        assertThat(longOf("SELECT COUNT(*) FROM bulletin WHERE period_from = ? AND period_to = ?"
                + " AND scope_region_code = '230000'", lastMonth.atDay(1), lastMonth.atEndOfMonth())).isEqualTo(1);
        assertThat(longOf("SELECT COUNT(*) FROM bulletin WHERE generated_by = 'system-bulletin'")).isEqualTo(1);
        // Its archived documents: one per format, all of that one bulletin.
        assertThat(longOf("SELECT COUNT(*) FROM bulletin_document d JOIN bulletin b ON b.id = d.bulletin_id"
                + " WHERE b.period_to = ?", lastMonth.atEndOfMonth())).isGreaterThanOrEqualTo(1)
                .isEqualTo(longOf("SELECT COUNT(DISTINCT d.format) FROM bulletin_document d"));
        assertThat(longOf("SELECT COUNT(*) FROM shedlock WHERE name = 'monthly-progress-bulletin'")).isEqualTo(1);
    }

    @Test
    @Order(3)
    void mariadb_killed_in_the_middle_of_an_import_stores_nothing_and_the_same_file_imports_once_it_is_back()
            throws Exception {
        var file = purchaserFile();
        long pidOne = one.pid();
        long pidTwo = two.pid();
        execute(SLOW_INSERTS);
        try (var browser = Browser.open()) {
            browser.signIn(one.url(), IMPORTER, PASSWORD);
            browser.open(one.url() + "/data/import/purchasers", "import-upload");
            browser.upload("import-upload", file);
            awaitPreviewOfAllRows(browser);

            // Kill the server (SIGKILL, as a crash) while the import's transaction writes the file.
            long writingFor = awaitImportWriting(Duration.ofMinutes(3));
            ClusterEnvironment.database("db-kill");
            System.out.println("MariaDB killed after the import had been writing for " + writingFor + " ms");

            browser.awaitText("数据库暂时无法连接", Duration.ofMinutes(2));
            browser.screenshot("03-import-database-down");
            assertThat(browser.driver.findElement(By.id("import-summary")).getText())
                    .isEqualTo("导入未完成：数据库暂时无法连接，本文件未写入任何数据。数据库恢复后请重新上传同一文件。");

            ClusterEnvironment.database("db-start");
            execute("DROP TRIGGER cluster_test_slow_fault_rows");
            // Crash recovery rolled the import back: no row of the file, no batch.
            assertThat(longOf("SELECT COUNT(*) FROM purchaser WHERE code LIKE 'FLT-%'")).isZero();
            assertThat(longOf("SELECT COUNT(*) FROM purchasing_import_batch WHERE file_name = ?",
                    file.getFileName().toString())).isZero();

            // Both portals reconnect by themselves (same processes, health with its database check UP again).
            one.awaitHealthy(Duration.ofMinutes(1));
            two.awaitHealthy(Duration.ofMinutes(1));
            assertThat(one.pid()).isEqualTo(pidOne);
            assertThat(two.pid()).isEqualTo(pidTwo);

            // The same file, sent again on the same page as the message asks (the upload was emptied for it; the
            // session survived): imported in full.
            assertThat(browser.uploadFull("import-upload")).isFalse();
            browser.upload("import-upload", file);
            awaitPreviewOfAllRows(browser);
            browser.awaitText("导入完成", Duration.ofMinutes(4));
            browser.screenshot("04-import-after-database-back");
        }
        assertThat(longOf("SELECT COUNT(*) FROM purchaser WHERE code LIKE 'FLT-%'")).isEqualTo(FAULT_ROWS);
        assertThat(longOf("SELECT COUNT(*) FROM purchasing_import_batch WHERE file_name = ? AND rows_created = ?",
                file.getFileName().toString(), FAULT_ROWS)).isEqualTo(1);
    }

    @Test
    @Order(4)
    void one_instance_killed_leaves_the_other_serving_through_nginx_with_nothing_lost() throws Exception {
        var counts = "SELECT (SELECT COUNT(*) FROM purchaser) + (SELECT COUNT(*) FROM reserved_share)"
                + " + (SELECT COUNT(*) FROM bulletin) + (SELECT COUNT(*) FROM purchasing_import_batch)";
        long before = longOf(counts);
        var nginx = "http://127.0.0.1:" + ClusterEnvironment.env("CLUSTER_NGINX_PORT", "18080");
        try (var viaNginx = Browser.open(); var working = Browser.open()) {
            // A browser through nginx: a new session lands on either replica; all its requests then go there.
            viaNginx.signIn(nginx, REVIEWER, PASSWORD);
            var session = viaNginx.sessionId();
            var route = session.substring(session.lastIndexOf('.') + 1);
            assertThat(route).isIn(one.route, two.route);
            viaNginx.open(nginx + "/data/reserved-shares", UNIVERSITY_NAME);
            viaNginx.open(nginx + "/data/purchasers", UNIVERSITY_NAME);
            var victim = route.equals(one.route) ? one : two;
            var survivor = victim == one ? two : one;
            var served = nginxUpstreamsOf(route);
            assertThat(served).isNotEmpty().containsOnly("127.0.0.1:" + victim.port);

            // Another user works on the survivor directly.
            working.signIn(survivor.url(), IMPORTER, PASSWORD);
            working.open(survivor.url() + "/data/purchasers", UNIVERSITY_NAME);

            // The replica holding the nginx browser's session dies.
            victim.kill();
            var killedAt = Instant.now();
            assertThat(victim.isAlive()).isFalse();

            // The survivor's session goes on without signing in again, with the data written through the other.
            working.open(survivor.url() + "/data/reserved-shares", UNIVERSITY_NAME);
            working.awaitText("已审核", Duration.ofSeconds(30));
            // Through nginx, the browser of the dead replica gets the survivor's login page, signs in again and
            // finds everything; its new session names the survivor.
            viaNginx.signIn(nginx, REVIEWER, PASSWORD);
            assertThat(viaNginx.sessionId()).endsWith("." + survivor.route);
            viaNginx.open(nginx + "/data/reserved-shares", UNIVERSITY_NAME);
            viaNginx.awaitText("已审核", Duration.ofSeconds(30));
            viaNginx.screenshot("05-survivor-serves-through-nginx");

            assertThat(survivor.health()).startsWith("200").contains("\"UP\"");
            assertThat(longOf(counts)).isEqualTo(before);

            // The schedule goes on, on the survivor.
            var deadline = Instant.now().plusSeconds(4L * SCHEDULE_SECONDS);
            boolean ranAfterKill = false;
            while (!ranAfterKill && Instant.now().isBefore(deadline)) {
                Thread.sleep(1000);
                ranAfterKill = survivor.logLines().stream().map(SCHEDULED_RUN::matcher)
                        .filter(java.util.regex.Matcher::find)
                        .anyMatch(m -> OffsetDateTime.parse(m.group(1)).toInstant().isAfter(killedAt));
            }
            assertThat(ranAfterKill).as("a scheduled run on the survivor after the other was killed").isTrue();
        }
    }

    /** The upstream addresses nginx's access log names for the requests of sessions with this route. */
    private static List<String> nginxUpstreamsOf(String route) throws Exception {
        var log = ClusterEnvironment.dir().resolve("nginx").resolve("access.log");
        var entry = Pattern.compile(" route=" + Pattern.quote(route) + " upstream=(\\S+)$");
        var upstreams = new ArrayList<String>();
        for (var line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            var matcher = entry.matcher(line);
            if (matcher.find()) {
                upstreams.add(matcher.group(1));
            }
        }
        return upstreams;
    }

    /** Waits for the preview of the fault file (every row new, no problem) and starts the commit. */
    private static void awaitPreviewOfAllRows(Browser browser) {
        browser.awaitText("将新增", Duration.ofMinutes(3));
        var summary = browser.driver.findElement(By.id("import-summary")).getText().replace(",", "");
        assertThat(summary).contains("将新增 " + FAULT_ROWS + " ", "发现问题 0 处");
        browser.click(browser.awaitElement(By.cssSelector("#import-commit:not([disabled])"), Duration.ofSeconds(30)));
    }

    /**
     * Waits until the import's transaction is inserting the file's rows (a server thread of the portal's account runs
     * an INSERT into purchaser, held up by the test trigger), lets it write for three more seconds, and checks that
     * its transaction is still open and nothing of the file is committed yet.
     */
    private long awaitImportWriting(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        var inserting = "SELECT COALESCE(MAX(id), 0) FROM information_schema.processlist WHERE user = ?"
                + " AND LOWER(info) LIKE 'insert into purchaser%'";
        var portalAccount = ClusterEnvironment.env("CLUSTER_DB_USERNAME", "portal");
        while (System.nanoTime() < deadline) {
            long thread = longOf(inserting, portalAccount);
            if (thread > 0) {
                var started = System.nanoTime();
                Thread.sleep(3000);
                // The same server thread still has the import's transaction open, and none of the file is committed.
                assertThat(longOf("SELECT COUNT(*) FROM information_schema.innodb_trx WHERE trx_mysql_thread_id = ?",
                        thread)).as("the import's transaction still open").isEqualTo(1);
                assertThat(longOf("SELECT COUNT(*) FROM purchaser WHERE code LIKE 'FLT-%'")).isZero();
                return (System.nanoTime() - started) / 1_000_000;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("The import did not start writing within " + timeout);
    }

    private static Path purchaserFile() throws Exception {
        var file = ClusterEnvironment.dir().resolve("故障测试采购人.csv");
        var lines = new ArrayList<String>(FAULT_ROWS + 1);
        lines.add("单位编码,单位名称,采购人类型,单位性质,学校类型,级次,主管部门,上级单位编码,所在地区,食堂情况,结对帮扶县");
        for (int i = 1; i <= FAULT_ROWS; i++) {
            lines.add("FLT-%06d,故障测试单位%d,预算单位,机关,,省级,省财政厅,,230000,有,".formatted(i, i));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private void seed(Connection db) throws SQLException {
        var hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        account(db, IMPORTER, "财政厅专班（集群测试）", "FINANCE", null, hash);
        account(db, REVIEWER, "教育厅机关审核员（集群测试）", "EDUCATION", SUPERVISING_UNIT, hash);
        long supervisor = purchaser(db, SUPERVISING_UNIT, "黑龙江省教育厅机关（集群测试）", "AGENCY", null, null);
        long university = purchaser(db, UNIVERSITY, UNIVERSITY_NAME, "SCHOOL", "UNIVERSITY", supervisor);
        shareId = insert(db, "INSERT INTO reserved_share (version, purchaser_id, share_year, canteen, canteen_budget,"
                + " reserved_ratio, reserved_amount, status) VALUES (0, ?, ?, 'OWN', 100000.00, 10.00, 10000.00,"
                + " 'SUBMITTED')", university, LocalDate.now(ZONE).getYear());
    }

    private static void account(Connection db, String username, String name, String department, String unit,
                                String hash) throws SQLException {
        long id = insert(db, "INSERT INTO user_account (version, username, password_hash, password_changed_at,"
                        + " password_change_required, display_name, department_code, region_code, enabled,"
                        + " failed_attempts, unit_code) VALUES (0, ?, ?, ?, FALSE, ?, ?, '230000', TRUE, 0, ?)",
                username, hash, Timestamp.valueOf(LocalDateTime.now(ZONE)), name, department, unit);
        insert(db, "INSERT INTO user_account_role (account_id, role) VALUES (?, 'DEPARTMENT_MEMBER')", id);
    }

    private static long purchaser(Connection db, String code, String name, String kind, String school,
                                  Long supervisor) throws SQLException {
        return insert(db, "INSERT INTO purchaser (version, code, name, purchaser_type, budget_unit_kind, school_type,"
                + " admin_level, supervising_department_code, supervising_unit_id, region_code, canteen)"
                + " VALUES (0, ?, ?, 'BUDGET_UNIT', ?, ?, 'PROVINCE', 'EDUCATION', ?, '230000', 'OWN')",
                code, name, kind, school, supervisor);
    }

    private static long insert(Connection db, String sql, Object... values) throws SQLException {
        try (var statement = db.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (var keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private static void execute(String sql) throws SQLException {
        try (var db = ClusterEnvironment.connect(); var statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long longOf(String sql, Object... values) throws SQLException {
        try (var db = ClusterEnvironment.connect(); var statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
