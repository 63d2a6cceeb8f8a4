package cn.gov.hlj.consumptionaid.metrics.query;

import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import cn.gov.hlj.consumptionaid.metrics.rollup.RollupWriter;
import cn.gov.hlj.consumptionaid.shared.time.Period;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark (not a timed test; {@code ./mvnw -B -o test -Pbench [-Dbench.url=jdbc:mysql://127.0.0.1:3306/aid_bench]}):
 * on a MariaDB/MySQL database with data (generated here when it has none: {@link BenchData}), measures the full
 * rollup rebuild, then for every department dashboard and the leadership overview the time to compute all its figures
 * — p50 and p95 over repeated warm calls with varied periods and regions — once from the rollups (the portal's
 * {@link IndicatorEngine}) and once by plain GROUP BY on the raw tables ({@link RawFigures}), and prints a table.
 * Options: {@code bench.iterations} (rollup calls per dashboard, default 40), {@code bench.raw-iterations} (default 5),
 * {@code bench.raw-warmup} (default 1), {@code bench.rebuild} (default true), {@code bench.detail} (ms per figure),
 * and the data sizes of {@link BenchData}.
 */
@Tag("bench")
@IntegrationTest
@ActiveProfiles({"embedded", "test", "mysql"})
class DashboardBenchmarkTest {

    static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/aid_bench";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        var url = System.getProperty("bench.url", DEFAULT_URL);
        var server = url.substring(0, url.lastIndexOf('/') + 1);
        var name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        var user = System.getProperty("bench.user", "root");
        var password = System.getProperty("bench.password", "");
        try (var connection = DriverManager.getConnection(server, user, password);
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4"
                    + " COLLATE utf8mb4_unicode_ci");
        }
        var full = url + (url.contains("?") ? "&" : "?")
                + "useUnicode=true&characterEncoding=utf8&serverTimezone=Asia/Shanghai&rewriteBatchedStatements=true";
        registry.add("spring.datasource.url", () -> full);
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> password);
        registry.add("spring.datasource.driver-class-name", () -> "com.mysql.cj.jdbc.Driver");
        registry.add("portal.demo-data.enabled", () -> "false");
        registry.add("portal.metrics.rebuild-on-start", () -> "false");
        // A database filled by an earlier schema may lack migrations numbered below its latest one (V17 after V30).
        registry.add("spring.flyway.out-of-order", () -> "true");
    }

    /** One figure of a dashboard, computed from the rollups and from the raw rows. */
    record Figure(String name, BiConsumer<IndicatorFilter, DataScope> rollup, BiConsumer<IndicatorFilter, DataScope> raw) {
    }

    record Dashboard(String name, List<Figure> figures) {
    }

    record Result(String dashboard, int figures, double p50, double p95, double rawP50, double rawP95) {
    }

    @Autowired
    IndicatorEngine engine;
    @Autowired
    RegistryQueries registry;
    @Autowired
    CatalogQueries catalog;
    @Autowired
    RollupWriter writer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;

    RawFigures raw;

    @Test
    void dashboards_from_rollups_and_from_raw_rows() throws Exception {
        raw = new RawFigures(jdbc, registry, catalog);
        var today = LocalDate.now(clock);
        var out = new StringBuilder();
        var data = new BenchData(dataSource, today);
        if (data.empty()) {
            long started = System.nanoTime();
            data.generate();
            out.append(String.format(Locale.ROOT, "generated data in %.1f s%n", (System.nanoTime() - started) / 1e9));
        }
        out.append(String.format(Locale.ROOT, "database: %s%n", jdbc.queryForObject("SELECT VERSION()", String.class)));
        for (var table : List.of("purchaser", "reserved_share", "market_entity", "certification_application",
                "complaint", "purchase", "sale")) {
            out.append(String.format(Locale.ROOT, "  %-26s %,12d rows%n", table,
                    jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)));
        }
        if (Boolean.parseBoolean(System.getProperty("bench.rebuild", "true"))
                || jdbc.queryForList("SELECT 1 FROM rollup_purchase_month LIMIT 1").isEmpty()) {
            long started = System.nanoTime();
            var report = transaction.execute(status -> writer.rebuild());
            out.append(String.format(Locale.ROOT, "full rollup rebuild: %.1f s (%,d counted purchases, %,d sales ->"
                    + " %,d rollup rows)%n", (System.nanoTime() - started) / 1e9, report.purchases(), report.sales(),
                    report.rollupRows()));
        }
        var tables = new ArrayList<>(RollupWriter.TABLES);
        tables.addAll(List.of("rollup_unit_share", "rollup_unit_completion"));
        for (var table : tables) {
            out.append(String.format(Locale.ROOT, "  %-34s %,12d rows%n", table,
                    jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)));
        }
        int iterations = Integer.getInteger("bench.iterations", 40);
        int rawIterations = Integer.getInteger("bench.raw-iterations", 5);
        var regions = jdbc.queryForList("SELECT code FROM region WHERE region_level <> 'PROVINCE'", String.class);
        var results = new ArrayList<Result>();
        for (var dashboard : dashboards()) {
            var random = new Random(dashboard.name().hashCode());
            var filters = new ArrayList<IndicatorFilter>();
            for (int i = 0; i < iterations + 5; i++) {
                filters.add(filter(random, today, regions));
            }
            var scope = DataScope.everything();
            for (int i = 0; i < 5; i++) {
                run(dashboard, filters.get(i), scope, false);
            }
            var times = new ArrayList<Double>();
            for (int i = 5; i < filters.size(); i++) {
                times.add(run(dashboard, filters.get(i), scope, false));
            }
            var rawTimes = new ArrayList<Double>();
            // bench.raw-iterations=0 measures the rollups only (the raw side takes minutes per dashboard at national
            // scale); the raw columns then stay empty.
            for (int i = 0; rawIterations > 0 && i < Integer.getInteger("bench.raw-warmup", 1); i++) {
                run(dashboard, filters.get(5), scope, true);
            }
            for (int i = 5; i < 5 + rawIterations; i++) {
                rawTimes.add(run(dashboard, filters.get(i), scope, true));
            }
            var result = new Result(dashboard.name(), dashboard.figures().size(), percentile(times, 50),
                    percentile(times, 95), percentile(rawTimes, 50), percentile(rawTimes, 95));
            results.add(result);
            // Each dashboard's line as soon as it is measured, so that a long run shows its progress.
            System.out.printf(Locale.ROOT, "dashboard benchmark: %s%n", line(result));
        }
        out.append(String.format(Locale.ROOT, "%n%-22s %7s %10s %10s %12s %12s %9s%n", "dashboard", "figures",
                "p50 ms", "p95 ms", "raw p50 ms", "raw p95 ms", "speed-up"));
        for (var r : results) {
            out.append(line(r)).append(System.lineSeparator());
        }
        out.append(String.format(Locale.ROOT, "(%d warm rollup runs and %d warm raw runs per dashboard, periods and"
                + " regions varied; a figure is a value with its previous period, a breakdown or a trend)%n",
                iterations, rawIterations));
        if (Boolean.getBoolean("bench.detail")) {
            out.append(String.format(Locale.ROOT, "%nmean ms per figure (rollups / raw):%n"));
            perFigure.forEach((name, t) -> out.append(String.format(Locale.ROOT, "  %-70s %8.1f %10.1f%n", name,
                    t[0] / Math.max(1, t[1]), t[2] / Math.max(1, t[3]))));
        }
        out.append(String.format(Locale.ROOT, "system load average during the run: %.1f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()));
        System.out.println("\n===== DASHBOARD BENCHMARK =====\n" + out);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "dashboard-benchmark.txt"), out);
        assertThat(results).hasSize(dashboards().size());
    }

    /**
     * A rollup rebuild in two parts ({@code -Dbench.rebuild-part=purchases} or {@code sales}, each in one transaction,
     * timed): the purchase, registry and catalog rollups can be built while sales are still being generated. Then run
     * the benchmark with {@code -Dbench.rebuild=false}; the full rebuild time is the sum of the parts. Does nothing
     * without the property.
     */
    @Test
    void rebuild_in_parts() throws Exception {
        var part = System.getProperty("bench.rebuild-part");
        if (part == null) {
            return;
        }
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            if (part.equals("sales")) {
                writer.rebuildSales();
            } else {
                writer.rebuildPurchases();
            }
        });
        var report = writer.report(started);
        var line = String.format(Locale.ROOT, "rollup rebuild, %s part: %.1f s (%,d counted purchases, %,d sales ->"
                + " %,d rollup rows; %s purchases, %s sales in the database); load average %.1f%n", part,
                (System.nanoTime() - started) / 1e9, report.purchases(), report.sales(), report.rollupRows(),
                jdbc.queryForObject("SELECT COUNT(*) FROM purchase", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM sale", Long.class),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("\n===== " + line);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "rebuild-" + part + ".txt"), line);
    }

    /** Milliseconds spent per figure (rollups, raw), summed over the measured runs, for {@code bench.detail}. */
    final java.util.Map<String, double[]> perFigure = new java.util.LinkedHashMap<>();

    private double run(Dashboard dashboard, IndicatorFilter filter, DataScope scope, boolean fromRaw) {
        long started = System.nanoTime();
        for (var figure : dashboard.figures()) {
            long figureStarted = System.nanoTime();
            (fromRaw ? figure.raw() : figure.rollup()).accept(filter, scope);
            perFigure.computeIfAbsent(dashboard.name() + " / " + figure.name(), k -> new double[4])
                    [fromRaw ? 2 : 0] += (System.nanoTime() - figureStarted) / 1e6;
            perFigure.get(dashboard.name() + " / " + figure.name())[fromRaw ? 3 : 1]++;
        }
        return (System.nanoTime() - started) / 1e6;
    }

    private static String line(Result r) {
        return Double.isNaN(r.rawP50())
                ? String.format(Locale.ROOT, "%-22s %7d %10.1f %10.1f %12s %12s %9s", r.dashboard(), r.figures(),
                r.p50(), r.p95(), "-", "-", "-")
                : String.format(Locale.ROOT, "%-22s %7d %10.1f %10.1f %12.1f %12.1f %8.0fx", r.dashboard(),
                r.figures(), r.p50(), r.p95(), r.rawP50(), r.rawP95(), r.rawP50() / r.p50());
    }

    /** The percentile of the times (NaN when there are none). */
    private static double percentile(List<Double> times, int percentile) {
        if (times.isEmpty()) {
            return Double.NaN;
        }
        var sorted = times.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** Periods as the dashboards offer them (year, quarter, month) and a region: the province, a prefecture or a county. */
    private static IndicatorFilter filter(Random random, LocalDate today, List<String> regions) {
        int year = today.getYear() - random.nextInt(2);
        var period = switch (random.nextInt(4)) {
            case 0, 1 -> Period.year(year);
            case 2 -> Period.quarter(year, 1 + random.nextInt(year == today.getYear() ? (today.getMonthValue() + 2) / 3 : 4));
            default -> Period.month(year, 1 + random.nextInt(year == today.getYear() ? today.getMonthValue() : 12));
        };
        var filter = IndicatorFilter.of(period);
        int region = random.nextInt(20);
        if (region >= 10) {
            var cities = regions.stream().filter(r -> r.endsWith("00")).toList();
            var counties = regions.stream().filter(r -> !r.endsWith("00")).toList();
            filter = filter.withRegion(region < 17 ? cities.get(random.nextInt(cities.size()))
                    : counties.get(random.nextInt(counties.size())));
        }
        return filter;
    }

    private Figure value(Indicator indicator) {
        return new Figure(indicator.code(), (f, s) -> engine.value(indicator, f, s), (f, s) -> raw.value(indicator, f, s));
    }

    private Figure breakdown(Indicator indicator, Dimension dimension, int limit) {
        return new Figure(indicator.code() + " by " + dimension,
                (f, s) -> engine.breakdown(indicator, dimension, f, s, limit),
                (f, s) -> raw.breakdown(indicator, dimension, f, s, limit));
    }

    /** The map: by city, or by county within the chosen prefecture. */
    private Figure map(Indicator indicator) {
        return new Figure(indicator.code() + " map", (f, s) -> engine.breakdown(indicator,
                f.regionCode() == null ? Dimension.CITY : Dimension.COUNTY, f, s, 0),
                (f, s) -> raw.breakdown(indicator, f.regionCode() == null ? Dimension.CITY : Dimension.COUNTY, f, s, 0));
    }

    private Figure trend(Indicator indicator) {
        return new Figure(indicator.code() + " trend", (f, s) -> engine.trend(indicator, f, s),
                (f, s) -> raw.breakdown(indicator, Dimension.MONTH, f, s, 0));
    }

    private List<Figure> values(Indicator... indicators) {
        return Arrays.stream(indicators).map(this::value).toList();
    }

    private static List<Figure> all(List<Figure> values, Figure... more) {
        var figures = new ArrayList<>(values);
        figures.addAll(List.of(more));
        return figures;
    }

    /** Each dashboard's figure set, as issue 4 describes it: KPI cards with change, map, rankings, shares, trend. */
    List<Dashboard> dashboards() {
        return List.of(
                new Dashboard("FINANCE", all(values(Indicator.FINANCE_BUDGET_UNITS, Indicator.FINANCE_RESERVED_AMOUNT,
                                Indicator.FINANCE_COMPLETED_AMOUNT, Indicator.FINANCE_COMPLETION_RATE,
                                Indicator.FINANCE_UNITS_RESERVING_NOTHING, Indicator.FINANCE_UNITS_BELOW_RATE),
                        map(Indicator.FINANCE_COMPLETION_RATE),
                        breakdown(Indicator.FINANCE_COMPLETION_RATE, Dimension.SUPERVISING_DEPARTMENT, 0),
                        trend(Indicator.FINANCE_COMPLETED_AMOUNT),
                        new Figure("units below rate (first page)",
                                (f, s) -> engine.unitCompletions(f, true, s, PageRequest.of(0, 20)),
                                (f, s) -> raw.unitCompletions(f, s, 20)))),
                new Dashboard("EDUCATION", all(values(Indicator.EDUCATION_SCHOOLS,
                                Indicator.EDUCATION_PARTICIPATING_SCHOOLS, Indicator.EDUCATION_PARTICIPATION_RATE,
                                Indicator.EDUCATION_PURCHASE_AMOUNT),
                        map(Indicator.EDUCATION_PARTICIPATING_SCHOOLS),
                        breakdown(Indicator.EDUCATION_PARTICIPATING_SCHOOLS, Dimension.SCHOOL_TYPE, 0),
                        breakdown(Indicator.EDUCATION_PURCHASE_AMOUNT, Dimension.CITY, 0),
                        trend(Indicator.EDUCATION_PURCHASE_AMOUNT), trend(Indicator.EDUCATION_PARTICIPATING_SCHOOLS))),
                new Dashboard("SASAC", all(values(Indicator.SASAC_SOES, Indicator.SASAC_PARTICIPATING_SOES,
                                Indicator.SASAC_PARTICIPATION_RATE,
                                Indicator.SASAC_PURCHASE_AMOUNT, Indicator.SASAC_DONATION_AMOUNT,
                                Indicator.SASAC_CONSIGNMENT_AMOUNT),
                        breakdown(Indicator.SASAC_PURCHASE_AMOUNT, Dimension.PURCHASER, 10),
                        breakdown(Indicator.SASAC_DONATION_AMOUNT, Dimension.PURCHASER, 10),
                        map(Indicator.SASAC_PURCHASE_AMOUNT), trend(Indicator.SASAC_PURCHASE_AMOUNT))),
                new Dashboard("COMMERCE_FEDERATION", all(values(Indicator.FEDERATION_ENTERPRISES,
                                Indicator.FEDERATION_PARTICIPATING_ENTERPRISES, Indicator.FEDERATION_PARTICIPATION_RATE,
                                Indicator.FEDERATION_PURCHASE_AMOUNT,
                                Indicator.FEDERATION_CONSIGNMENT_AMOUNT),
                        breakdown(Indicator.FEDERATION_PURCHASE_AMOUNT, Dimension.PURCHASER, 10),
                        map(Indicator.FEDERATION_PURCHASE_AMOUNT), trend(Indicator.FEDERATION_PURCHASE_AMOUNT))),
                new Dashboard("POVERTY_OFFICE", all(values(Indicator.POVERTY_CERTIFIED_PRODUCTS,
                                Indicator.POVERTY_NEWLY_CERTIFIED, Indicator.POVERTY_CATALOG_EXPIRING,
                                Indicator.POVERTY_POOR_PEOPLE_DRIVEN, Indicator.POVERTY_COMPLAINTS_OPEN,
                                Indicator.POVERTY_COMPLAINTS_HANDLED, Indicator.POVERTY_BLACKLISTED_ENTITIES,
                                Indicator.POVERTY_SALES_AMOUNT, Indicator.POVERTY_PURCHASE_AMOUNT,
                                Indicator.POVERTY_MODEL_UNIT_CANDIDATES),
                        map(Indicator.POVERTY_CERTIFIED_PRODUCTS),
                        breakdown(Indicator.POVERTY_MODEL_UNIT_CANDIDATES, Dimension.CITY, 0),
                        breakdown(Indicator.POVERTY_CERTIFIED_PRODUCTS, Dimension.CATEGORY, 0),
                        breakdown(Indicator.POVERTY_SALES_AMOUNT, Dimension.CHANNEL, 0),
                        trend(Indicator.POVERTY_SALES_AMOUNT), trend(Indicator.POVERTY_PURCHASE_AMOUNT))),
                new Dashboard("CYBERSPACE", all(values(Indicator.CYBERSPACE_ONLINE_SALES_AMOUNT,
                                Indicator.CYBERSPACE_ONLINE_SALES_RECORDS, Indicator.CYBERSPACE_PRODUCTS_ONLINE),
                        breakdown(Indicator.CYBERSPACE_ONLINE_SALES_AMOUNT, Dimension.CHANNEL, 0),
                        breakdown(Indicator.CYBERSPACE_PRODUCTS_ONLINE, Dimension.CHANNEL, 0),
                        trend(Indicator.CYBERSPACE_PRODUCTS_ONLINE),
                        map(Indicator.CYBERSPACE_ONLINE_SALES_AMOUNT), trend(Indicator.CYBERSPACE_ONLINE_SALES_AMOUNT))),
                new Dashboard("AGRICULTURE", all(values(Indicator.POVERTY_CERTIFIED_PRODUCTS,
                                Indicator.AGRICULTURE_MARKET_ENTITIES, Indicator.AGRICULTURE_LEADING_ENTERPRISES,
                                Indicator.AGRICULTURE_WITHDRAWALS, Indicator.AGRICULTURE_QUALITY_WITHDRAWALS),
                        breakdown(Indicator.POVERTY_CERTIFIED_PRODUCTS, Dimension.CATEGORY, 0),
                        breakdown(Indicator.AGRICULTURE_WITHDRAWALS, Dimension.CATEGORY, 0),
                        map(Indicator.AGRICULTURE_MARKET_ENTITIES), trend(Indicator.AGRICULTURE_WITHDRAWALS))),
                new Dashboard("COMMERCE", all(values(Indicator.COMMERCE_OFFLINE_SALES_AMOUNT,
                                Indicator.COMMERCE_EXHIBITION_SALES_AMOUNT, Indicator.CYBERSPACE_ONLINE_SALES_AMOUNT,
                                Indicator.COMMERCE_OUTLETS_OPEN, Indicator.COMMERCE_EXHIBITION_DEALS_AMOUNT),
                        breakdown(Indicator.COMMERCE_OUTLETS_OPEN, Dimension.CHANNEL, 0),
                        breakdown(Indicator.COMMERCE_OFFLINE_SALES_AMOUNT, Dimension.CHANNEL, 0),
                        breakdown(Indicator.COMMERCE_EXHIBITION_SALES_AMOUNT, Dimension.CHANNEL, 0),
                        map(Indicator.COMMERCE_OFFLINE_SALES_AMOUNT), trend(Indicator.COMMERCE_OFFLINE_SALES_AMOUNT))),
                new Dashboard("DEVELOPMENT_REFORM", all(values(Indicator.REFORM_GUANGDONG_SALES_AMOUNT,
                                Indicator.REFORM_GD_HALL_SALES_AMOUNT, Indicator.REFORM_PLATFORMS_BUILT),
                        breakdown(Indicator.REFORM_GUANGDONG_SALES_AMOUNT, Dimension.CHANNEL, 0),
                        breakdown(Indicator.REFORM_GUANGDONG_SALES_AMOUNT, Dimension.CATEGORY, 0),
                        map(Indicator.REFORM_GUANGDONG_SALES_AMOUNT), trend(Indicator.REFORM_GUANGDONG_SALES_AMOUNT))),
                new Dashboard("SUPPLY_COOPERATIVE", all(values(Indicator.SUPPLY_PLATFORM_TURNOVER,
                                Indicator.SUPPLY_PLATFORM_ORDERS, Indicator.SUPPLY_PLATFORM_SALES_AMOUNT,
                                Indicator.SUPPLY_ACTIVE_SUPPLIERS, Indicator.SUPPLY_LISTED_SUPPLIERS),
                        breakdown(Indicator.SUPPLY_PLATFORM_TURNOVER, Dimension.CHANNEL, 0),
                        breakdown(Indicator.SUPPLY_LISTED_SUPPLIERS, Dimension.CITY, 0),
                        map(Indicator.SUPPLY_PLATFORM_TURNOVER), trend(Indicator.SUPPLY_PLATFORM_TURNOVER),
                        trend(Indicator.SUPPLY_ACTIVE_SUPPLIERS))),
                new Dashboard("OVERVIEW (leaders)", all(values(Indicator.POVERTY_PURCHASE_AMOUNT,
                                Indicator.POVERTY_SALES_AMOUNT, Indicator.POVERTY_CERTIFIED_PRODUCTS,
                                Indicator.FINANCE_COMPLETION_RATE, Indicator.EDUCATION_PARTICIPATING_SCHOOLS,
                                Indicator.SASAC_PURCHASE_AMOUNT, Indicator.FEDERATION_PURCHASE_AMOUNT,
                                Indicator.CYBERSPACE_ONLINE_SALES_AMOUNT, Indicator.COMMERCE_OFFLINE_SALES_AMOUNT,
                                Indicator.REFORM_GUANGDONG_SALES_AMOUNT, Indicator.SUPPLY_PLATFORM_TURNOVER),
                        map(Indicator.POVERTY_PURCHASE_AMOUNT), trend(Indicator.POVERTY_PURCHASE_AMOUNT))));
    }
}
