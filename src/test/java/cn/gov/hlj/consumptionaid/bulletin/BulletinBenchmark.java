package cn.gov.hlj.consumptionaid.bulletin;

import cn.gov.hlj.consumptionaid.support.SignIn;
import cn.gov.hlj.consumptionaid.bulletin.render.BulletinRenderer;
import cn.gov.hlj.consumptionaid.metrics.MetricsTestData;
import cn.gov.hlj.consumptionaid.metrics.RollupService;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark (not a timed test): {@code ./mvnw -B -o test -Pbench -Dtest=BulletinBenchmark
 * [-Dbench.url=jdbc:mysql://127.0.0.1:3306/aid_bench]}. Warm p50/p95 of the monthly provincial bulletin as the
 * portal makes it (figures from the indicator service + Jasper fill + PDF export), and in the same run the pure Jasper
 * fill + PDF export of the same template from the same in-memory data. Without {@code bench.url} it runs on the test
 * H2 database with {@code bench.purchasers} purchasers and {@code bench.purchases} purchases generated here; with it,
 * on that MySQL/MariaDB database as it is (its migrations are applied; its rollups are never rebuilt here), unless
 * {@code -Dbench.generate=true} asks to generate the data into it (a database of your own, created empty) as on H2.
 * {@code bench.iterations} (default 20); {@code -Dbench.profile=true} adds the time of each figure asked alone.
 */
@Tag("bench")
@IntegrationTest
class BulletinBenchmark {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        var url = System.getProperty("bench.url");
        if (url != null) {
            registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?")
                    + "useUnicode=true&characterEncoding=utf8&serverTimezone=Asia/Shanghai");
            registry.add("spring.datasource.username", () -> System.getProperty("bench.user", "root"));
            registry.add("spring.datasource.password", () -> System.getProperty("bench.password", ""));
            registry.add("spring.datasource.driver-class-name", () -> "com.mysql.cj.jdbc.Driver");
            // a shared national data set: its rollups are rebuilt by the metrics benchmark, never by this one
            registry.add("portal.metrics.rebuild-on-start", () -> "false");
        }
        registry.add("portal.bulletin.schedule.enabled", () -> "false");
    }

    @Autowired
    BulletinDataService dataService;
    @Autowired
    BulletinRenderer renderer;
    @Autowired
    RollupService rollups;
    @Autowired
    cn.gov.hlj.consumptionaid.metrics.IndicatorService indicators;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> holder;

    @Test
    void monthly_provincial_bulletin_against_pure_jasper() {
        var signIn = new SignIn(users, holder);
        var today = LocalDate.now(clock);
        if (System.getProperty("bench.url") == null || Boolean.getBoolean("bench.generate")) {
            var data = new MetricsTestData(jdbc, 1, today);
            data.registry(Integer.getInteger("bench.purchasers", 5_000));
            data.purchaseBatch(Integer.getInteger("bench.purchases", 100_000));
            data.saleBatch(Integer.getInteger("bench.sales", 50_000));
            signIn.as("admin");
            rollups.rebuild();
        }
        signIn.as("bulletin-editor");
        var month = YearMonth.from(today).minusMonths(1);
        var request = BulletinRequest.monthly(month.getYear(), month.getMonthValue(), "230000");
        int iterations = Integer.getInteger("bench.iterations", 20);
        var full = new ArrayList<Double>();
        var figures = new ArrayList<Double>();
        var jasper = new ArrayList<Double>();
        var loadBefore = loadAverage();
        for (int i = 0; i < iterations + 3; i++) {
            long started = System.nanoTime();
            var data = dataService.read(request, month.getYear(), 1, today, LocalDateTime.now(clock), Narrative.EMPTY);
            long read = System.nanoTime();
            var pdf = renderer.export(renderer.fill(data), BulletinFormat.PDF);
            long rendered = System.nanoTime();
            var pure = renderer.export(renderer.fill(data), BulletinFormat.PDF);
            long ended = System.nanoTime();
            assertThat(pdf).isNotEmpty();
            assertThat(pure).isNotEmpty();
            if (i >= 3) {
                full.add((rendered - started) / 1e6);
                figures.add((read - started) / 1e6);
                jasper.add((ended - rendered) / 1e6);
            }
        }
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "database: %s%n", jdbc.execute(
                (org.springframework.jdbc.core.ConnectionCallback<String>) connection ->
                        connection.getMetaData().getDatabaseProductName() + " "
                                + connection.getMetaData().getDatabaseProductVersion())));
        for (var table : List.of("purchaser", "reserved_share", "purchase", "sale")) {
            out.append(String.format(Locale.ROOT, "  %-16s %,12d rows%n", table,
                    jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)));
        }
        out.append(String.format(Locale.ROOT, "monthly provincial bulletin %s, %d warm runs%n", month, iterations));
        out.append(String.format(Locale.ROOT, "  portal (indicators + fill + PDF): p50 %7.1f ms  p95 %7.1f ms%n",
                percentile(full, 50), percentile(full, 95)));
        out.append(String.format(Locale.ROOT, "    of which figures (one batch):  p50 %7.1f ms  p95 %7.1f ms%n",
                percentile(figures, 50), percentile(figures, 95)));
        out.append(String.format(Locale.ROOT, "  pure Jasper (fill + PDF):         p50 %7.1f ms  p95 %7.1f ms%n",
                percentile(jasper, 50), percentile(jasper, 95)));
        out.append(String.format(Locale.ROOT, "  ratio p50: %.2f   ratio p95: %.2f%n",
                percentile(full, 50) / percentile(jasper, 50), percentile(full, 95) / percentile(jasper, 95)));
        out.append(String.format(Locale.ROOT, "  load average before: %s   after: %s   cores: %d%n", loadBefore,
                loadAverage(), Runtime.getRuntime().availableProcessors()));
        if (Boolean.getBoolean("bench.profile")) {
            out.append(profile(request));
        }
        System.out.println(out);
    }

    /**
     * Where the figures' time goes: each request of the bulletin's batch asked alone (warm, best of three), slowest
     * first. Alone, a request shares nothing with the others, so the sum exceeds the batch.
     */
    private String profile(BulletinRequest request) {
        var filter = BulletinDataService.filterOf(request);
        var timings = new java.util.TreeMap<Double, String>(java.util.Comparator.reverseOrder());
        for (var figure : BulletinDataService.requests(request.type(),
                BulletinDataService.regionDimension(request.scopeRegionCode()))) {
            double best = Double.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long started = System.nanoTime();
                indicators.figures(List.of(figure), filter);
                best = Math.min(best, (System.nanoTime() - started) / 1e6);
            }
            timings.put(best + Math.random() * 1e-6, figure.indicator().code()
                    + (figure.isTotal() ? " total" : " by " + figure.dimension()
                    + (figure.limit() > 0 ? " top " + figure.limit() : "")));
        }
        var out = new StringBuilder("  each figure alone (best of 3), slowest first:\n");
        double sum = 0;
        for (var entry : timings.entrySet()) {
            sum += entry.getKey();
            out.append(String.format(Locale.ROOT, "    %8.1f ms  %s%n", entry.getKey(), entry.getValue()));
        }
        out.append(String.format(Locale.ROOT, "    %8.1f ms  sum%n", sum));
        return out.toString();
    }

    /** The 1, 5 and 15 minute load averages of the machine (Linux), as the benchmark's context. */
    private static String loadAverage() {
        try {
            var fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }

    private static double percentile(List<Double> values, int percent) {
        var sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
