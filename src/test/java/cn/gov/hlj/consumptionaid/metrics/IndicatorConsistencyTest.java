package cn.gov.hlj.consumptionaid.metrics;

import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.metrics.query.IndicatorEngine;
import cn.gov.hlj.consumptionaid.metrics.rollup.RollupWriter;
import cn.gov.hlj.consumptionaid.purchasing.PurchasesImported;
import cn.gov.hlj.consumptionaid.sales.SalesImported;
import cn.gov.hlj.consumptionaid.shared.time.Period;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every indicator, over generated data and random filters and scopes, equals the direct sum of its source rows
 * computed by {@link IndicatorOracle} from the raw tables: the value, the previous period's value, every breakdown,
 * the monthly trend, the number of source rows and (for money) their total. The rollups were filled by the import
 * events, batch by batch, as in production. Runs in a database of its own.
 */
@IntegrationTest
@TestPropertySource(properties = "portal.test.database=metrics")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorConsistencyTest {

    static final int ROUNDS = 10;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IndicatorEngine engine;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;

    IndicatorOracle oracle;
    LocalDate today;
    List<String> regions;
    List<String> categories;
    List<String> channels;
    List<String> departments;

    @BeforeAll
    void importGeneratedData() {
        today = LocalDate.now(clock);
        var data = new MetricsTestData(jdbc, 7, today);
        transaction.executeWithoutResult(status -> data.registry(400));
        for (int i = 0; i < 3; i++) {
            transaction.executeWithoutResult(status -> {
                long batch = data.purchaseBatch(1_200);
                events.publishEvent(new PurchasesImported(batch, 1_200));
            });
        }
        for (int i = 0; i < 2; i++) {
            transaction.executeWithoutResult(status -> {
                long batch = data.saleBatch(900);
                events.publishEvent(new SalesImported(batch, 900));
            });
        }
        oracle = new IndicatorOracle(jdbc, today);
        regions = jdbc.queryForList("SELECT code FROM region WHERE region_level <> 'PROVINCE' ORDER BY code",
                String.class);
        categories = jdbc.queryForList("SELECT code FROM product_category ORDER BY code", String.class);
        channels = jdbc.queryForList("SELECT code FROM sales_channel ORDER BY code", String.class);
        departments = jdbc.queryForList("SELECT code FROM department ORDER BY code", String.class);
    }

    @Test
    void the_generated_data_has_rows_of_every_kind() {
        assertThat(oracle.purchases).hasSizeGreaterThan(3_000);
        assertThat(oracle.sales).hasSizeGreaterThan(1_500);
        assertThat(oracle.units).hasSizeGreaterThan(300);
        assertThat(oracle.products).isNotEmpty();
        assertThat(oracle.complaints).isNotEmpty();
        assertThat(oracle.outlets).isNotEmpty();
        assertThat(oracle.deals).isNotEmpty();
        var thisYear = IndicatorFilter.of(Period.year(today.getYear()));
        assertThat(engine.value(Indicator.FINANCE_COMPLETED_AMOUNT, thisYear, DataScope.everything()).value())
                .isPositive();
        // The indicators added for DESIGN.md §1's dashboard focus have something to count, too.
        var lastYear = IndicatorFilter.of(Period.year(today.getYear() - 1));
        for (var indicator : List.of(Indicator.SUPPLY_LISTED_SUPPLIERS, Indicator.CYBERSPACE_PRODUCTS_ONLINE,
                Indicator.REFORM_PLATFORMS_BUILT, Indicator.POVERTY_MODEL_UNIT_CANDIDATES)) {
            assertThat(engine.value(indicator, lastYear, DataScope.everything()).value()).as(indicator.code())
                    .isPositive();
        }
        assertThat(oracle.outlets).anyMatch(o -> o.status().equals("OPEN") && o.address().startsWith("广东"))
                .anyMatch(o -> o.status().equals("OPEN") && !o.address().startsWith("广东"));
    }

    @Test
    void every_indicator_equals_a_direct_sum_of_its_source_rows_for_random_filters() {
        var random = new Random(11);
        var differences = new ArrayList<String>();
        int checks = 0;
        int yearToMonth = 0;
        for (int round = 0; round < ROUNDS; round++) {
            var scope = scope(random);
            var filter = filter(random, scope);
            if (isYearToMonth(filter.period())) {
                yearToMonth++;
            }
            for (var indicator : Indicator.values()) {
                checks += compare(indicator, filter, scope, differences);
            }
        }
        assertThat(checks).isGreaterThan(ROUNDS * Indicator.values().length * 3);
        assertThat(yearToMonth).as("filters from January 1 to the end of a month (grain T)").isGreaterThan(1);
        assertThat(differences).as("differences between indicators and their source rows").isEmpty();
    }

    @Test
    void whole_units_and_cut_periods_agree_at_their_edges() {
        var differences = new ArrayList<String>();
        var year = today.getYear();
        var periods = List.of(Period.year(year - 1), Period.quarter(year - 1, 4), Period.month(year - 1, 2),
                Period.custom(LocalDate.of(year - 1, 1, 15), LocalDate.of(year - 1, 3, 14)),
                Period.custom(LocalDate.of(year - 1, 3, 1), LocalDate.of(year - 1, 5, 31)),
                Period.custom(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 1, 1)),
                Period.yearToDate(clock),
                Period.custom(LocalDate.of(year - 1, 1, 1), YearMonth.of(year - 1, 2).atEndOfMonth()),
                Period.custom(LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 6, 30)),
                Period.custom(LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 11, 30)),
                Period.custom(LocalDate.of(year, 1, 1), YearMonth.from(today).atEndOfMonth()));
        for (var period : periods) {
            for (var indicator : Indicator.values()) {
                compare(indicator, IndicatorFilter.of(period), DataScope.everything(), differences);
            }
        }
        assertThat(differences).isEmpty();
    }

    private int compare(Indicator indicator, IndicatorFilter filter, DataScope scope, List<String> differences) {
        int checks = 0;
        var where = indicator.code() + " " + filter + " " + scope;
        var value = engine.value(indicator, filter, scope);
        checks += same(differences, where + " value", oracle.total(indicator, filter, scope, filter.period()),
                value.value());
        if (indicator.periodic()) {
            checks += same(differences, where + " previous",
                    oracle.total(indicator, filter, scope, filter.period().previous()), value.previousValue());
        } else if (value.previousValue() != null) {
            differences.add(where + ": a stock indicator has a previous value");
        }
        for (var dimension : indicator.dimensions()) {
            var expected = new HashMap<>(oracle.figures(indicator, dimension, filter, scope, filter.period()));
            var actual = new HashMap<String, BigDecimal>();
            for (var row : engine.breakdown(indicator, dimension, filter, scope, 0)) {
                actual.put(row.key(), row.value());
            }
            if (indicator.unit() != IndicatorUnit.PERCENT) {
                expected.values().removeIf(v -> v.signum() == 0);
                actual.values().removeIf(v -> v.signum() == 0);
            }
            checks += sameMaps(differences, where + " by " + dimension, expected, actual);
        }
        if (indicator.periodic()) {
            var trend = engine.trend(indicator, filter, scope);
            var months = filter.period().months();
            if (trend.size() != months.size()) {
                differences.add(where + " trend has " + trend.size() + " months");
            }
            var byMonth = indicator.hasDimension(Dimension.MONTH)
                    ? oracle.figures(indicator, Dimension.MONTH, filter, scope, filter.period()) : Map.<String, BigDecimal>of();
            for (var point : trend) {
                BigDecimal expected;
                if (indicator.hasDimension(Dimension.MONTH)) {
                    expected = byMonth.getOrDefault(point.month().toString(), BigDecimal.ZERO);
                } else {
                    var from = max(filter.period().from(), point.month().atDay(1));
                    var to = min(filter.period().to(), point.month().atEndOfMonth());
                    expected = oracle.total(indicator, filter, scope, Period.custom(from, to));
                }
                checks += same(differences, where + " trend " + point.month(), expected, point.value());
            }
        }
        if (indicator == Indicator.FINANCE_UNITS_BELOW_RATE) {
            checks += compareUnitsBelow(where, filter, scope, differences);
        }
        long count = engine.countSourceRows(indicator, filter, scope);
        checks += same(differences, where + " source rows", BigDecimal.valueOf(oracle.sourceRowCount(indicator,
                filter, scope)), BigDecimal.valueOf(count));
        var page = engine.sourceRows(indicator, filter, scope, PageRequest.of(0, 7));
        if (page.size() != Math.min(7, count)) {
            differences.add(where + " first page has " + page.size() + " of " + count + " rows");
        }
        boolean summed = indicator.unit() == IndicatorUnit.YUAN
                && Set.of(SourceKind.PURCHASE, SourceKind.SALE, SourceKind.RESERVED_SHARE, SourceKind.EXHIBITION_DEAL).contains(indicator.source());
        if (summed) {
            var total = engine.sourceRows(indicator, filter, scope, Pageable.unpaged()).stream()
                    .map(IndicatorSourceRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            checks += same(differences, where + " sum of source rows", value.value(), total);
        }
        return checks;
    }

    /**
     * The list of units below the rate (the finance card and its count): the same units with the same amounts, in
     * order of their completion rate (rates within 10⁻⁶ percent may come in either order), and pages of it.
     */
    private int compareUnitsBelow(String where, IndicatorFilter filter, DataScope scope, List<String> differences) {
        var expected = oracle.unitsBelow(filter, scope);
        var rows = engine.unitCompletions(filter, true, scope, Pageable.unpaged());
        var actual = rows.stream().map(r -> r.code() + " " + r.completedAmount().stripTrailingZeros().toPlainString()
                + "/" + r.reservedAmount().stripTrailingZeros().toPlainString()).toList();
        if (!new java.util.TreeSet<>(expected).equals(new java.util.TreeSet<>(actual)) || expected.size() != actual.size()) {
            differences.add(where + " units below: " + expected + " but were " + actual);
        }
        for (int i = 1; i < rows.size(); i++) {
            var before = rows.get(i - 1);
            var after = rows.get(i);
            var rateBefore = before.completedAmount().multiply(BigDecimal.valueOf(100))
                    .divide(before.reservedAmount(), java.math.MathContext.DECIMAL128);
            var rateAfter = after.completedAmount().multiply(BigDecimal.valueOf(100))
                    .divide(after.reservedAmount(), java.math.MathContext.DECIMAL128);
            if (rateBefore.subtract(rateAfter).compareTo(new BigDecimal("0.000001")) > 0) {
                differences.add(where + " units below out of order at " + i + ": " + before + " before " + after);
            }
        }
        same(differences, where + " units below count", BigDecimal.valueOf(expected.size()),
                BigDecimal.valueOf(engine.countUnitCompletions(filter, true, scope)));
        var page = engine.unitCompletions(filter, true, scope, PageRequest.of(1, 5));
        var pageIds = page.stream().map(r -> r.purchaserId()).toList();
        var expectedPage = rows.stream().skip(5).limit(5).map(r -> r.purchaserId()).toList();
        if (!pageIds.equals(expectedPage)) {
            differences.add(where + " units below, second page: " + expectedPage + " but was " + pageIds);
        }
        return 3;
    }

    private static int same(List<String> differences, String what, BigDecimal expected, BigDecimal actual) {
        if (expected == null || actual == null || expected.compareTo(actual) != 0) {
            differences.add(what + ": expected " + expected + " but was " + actual);
        }
        return 1;
    }

    private static int sameMaps(List<String> differences, String what, Map<String, BigDecimal> expected,
                                Map<String, BigDecimal> actual) {
        if (!expected.keySet().equals(actual.keySet())) {
            differences.add(what + ": members " + new java.util.TreeSet<>(expected.keySet()) + " but were "
                    + new java.util.TreeSet<>(actual.keySet()));
            return 1;
        }
        expected.forEach((key, value) -> same(differences, what + " [" + key + "]", value, actual.get(key)));
        return 1;
    }

    private DataScope scope(Random random) {
        int pick = random.nextInt(10);
        if (pick < 6) {
            return DataScope.everything();
        }
        var cities = regions.stream().filter(r -> r.endsWith("00")).toList();
        var city = cities.get(random.nextInt(cities.size()));
        if (pick < 9) {
            return new DataScope(true, Set.of(), city);
        }
        var counties = regions.stream().filter(r -> r.startsWith(city.substring(0, 4)) && !r.endsWith("00")).toList();
        return new DataScope(true, Set.of(), counties.isEmpty() ? city : counties.get(random.nextInt(counties.size())));
    }

    private IndicatorFilter filter(Random random, DataScope scope) {
        var filter = IndicatorFilter.of(period(random));
        var inScope = regions.stream().filter(scope::coversRegion).toList();
        int region = random.nextInt(10);
        if (region >= 4 && !inScope.isEmpty()) {
            var candidates = region < 7 ? inScope.stream().filter(r -> r.endsWith("00")).toList() : inScope;
            if (!candidates.isEmpty()) {
                filter = filter.withRegion(candidates.get(random.nextInt(candidates.size())));
            }
        }
        if (random.nextInt(4) == 0) {
            filter = filter.withCategory(categories.get(random.nextInt(categories.size())));
        }
        if (random.nextInt(4) == 0) {
            filter = filter.withChannel(random.nextBoolean() ? "PLATFORM_832"
                    : channels.get(random.nextInt(channels.size())));
        }
        if (random.nextInt(5) == 0) {
            filter = filter.withSupervisingDepartment(departments.get(random.nextInt(departments.size())));
        }
        if (random.nextInt(5) == 0) {
            filter = filter.withSchoolType(List.of("UNIVERSITY", "VOCATIONAL", "PRIMARY_SECONDARY", "KINDERGARTEN")
                    .get(random.nextInt(4)));
        }
        if (random.nextInt(5) == 0) {
            filter = filter.withPurchaserType(List.of("BUDGET_UNIT", "SOE", "PRIVATE_ENTERPRISE", "UNION")
                    .get(random.nextInt(4)));
        }
        if (random.nextBoolean()) {
            filter = filter.withThreshold(BigDecimal.valueOf(20 + random.nextInt(100)));
        }
        return filter;
    }

    private Period period(Random random) {
        int year = today.getYear() - random.nextInt(2);
        return switch (random.nextInt(7)) {
            case 0 -> Period.month(year, 1 + random.nextInt(12));
            case 1 -> Period.quarter(year, 1 + random.nextInt(4));
            case 2 -> Period.year(year);
            case 3 -> Period.yearToDate(clock);
            // January 1 to the end of a month: the bulletins' "year to date" (grain T of the per-purchaser rollups)
            case 4, 5 -> Period.custom(LocalDate.of(year, 1, 1), YearMonth.of(year, 1 + random.nextInt(12))
                    .atEndOfMonth());
            default -> {
                var from = today.minusDays(30 + random.nextInt(600));
                yield Period.custom(from, from.plusDays(random.nextInt(200)));
            }
        };
    }

    /** January 1 to the end of a month that is no calendar unit: read from the year-to-month rows. */
    private static boolean isYearToMonth(Period period) {
        var month = YearMonth.from(period.to());
        return period.from().getDayOfYear() == 1 && period.from().getYear() == month.getYear()
                && period.to().equals(month.atEndOfMonth()) && RollupWriter.YEAR_TO_MONTHS.contains(month.getMonthValue());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
