package cn.gov.hlj.consumptionaid.metrics.rollup;

import cn.gov.hlj.consumptionaid.metrics.MetricsTestData;
import cn.gov.hlj.consumptionaid.purchasing.PurchasesImported;
import cn.gov.hlj.consumptionaid.sales.SalesImported;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rollups follow the imports: a committed import adds its batch in its own transaction, a failed import leaves
 * them as they were, and a rebuild from the raw rows gives exactly what the imports built batch by batch.
 */
@IntegrationTest
@TestPropertySource(properties = "portal.test.database=metrics")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    RollupWriter writer;
    @Autowired
    RollupStartup startup;
    @Autowired
    RegistryRollups registryRollups;
    @Autowired
    Clock clock;

    MetricsTestData data;

    @BeforeAll
    void registry() {
        data = new MetricsTestData(jdbc, 3, LocalDate.now(clock));
        transaction.executeWithoutResult(status -> data.registry(100));
    }

    @Test
    void a_committed_purchase_import_adds_its_counted_rows_to_every_purchase_rollup() {
        var before = purchaseTotals();
        long batch = transaction.execute(status -> {
            long id = data.purchaseBatch(500);
            events.publishEvent(new PurchasesImported(id, 500));
            return id;
        });
        var counted = jdbc.queryForObject("SELECT SUM(amount) FROM purchase WHERE import_batch_id = ?"
                + " AND status = 'COMPLETED'", BigDecimal.class, batch);
        var after = purchaseTotals();
        for (int i = 0; i < after.size(); i++) {
            assertThat(after.get(i).subtract(before.get(i))).as(PURCHASE_TOTALS.get(i)).isEqualByComparingTo(counted);
        }
    }

    @Test
    void a_committed_sales_import_adds_its_rows_to_the_sale_rollups() {
        var before = saleTotals();
        long batch = transaction.execute(status -> {
            long id = data.saleBatch(300);
            events.publishEvent(new SalesImported(id, 300));
            return id;
        });
        var amount = jdbc.queryForObject("SELECT SUM(amount) FROM sale WHERE import_batch_id = ?", BigDecimal.class,
                batch);
        var after = saleTotals();
        assertThat(after.get(0).subtract(before.get(0))).isEqualByComparingTo(amount);
        assertThat(after.get(1).subtract(before.get(1))).isEqualByComparingTo(amount);
    }

    @Test
    void an_import_that_fails_after_its_event_leaves_the_rollups_as_they_were() {
        var purchases = purchaseTotals();
        var sales = saleTotals();
        var snapshot = snapshot();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            events.publishEvent(new PurchasesImported(data.purchaseBatch(200), 200));
            events.publishEvent(new SalesImported(data.saleBatch(100), 100));
            assertThat(purchaseTotals().getFirst()).isGreaterThan(purchases.getFirst());
            throw new IllegalStateException("the import failed after its rows were written");
        })).hasMessageContaining("import failed");
        assertThat(purchaseTotals()).isEqualTo(purchases);
        assertThat(saleTotals()).isEqualTo(sales);
        assertThat(snapshot()).isEqualTo(snapshot);
    }

    @Test
    void a_rebuild_gives_exactly_the_rollups_the_imports_built_batch_by_batch() {
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 3; i++) {
                events.publishEvent(new PurchasesImported(data.purchaseBatch(300), 300));
                events.publishEvent(new SalesImported(data.saleBatch(150), 150));
            }
        });
        var incremental = snapshot();
        var report = transaction.execute(status -> writer.rebuild());
        assertThat(snapshot()).isEqualTo(incremental);
        assertThat(report.purchases()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM purchase WHERE status = 'COMPLETED'", Long.class));
        assertThat(report.rollupRows()).isEqualTo(incremental.size());
    }

    @Test
    void year_to_month_rows_kept_by_imports_are_the_sums_and_distinct_purchasers_from_january_1_to_their_month() {
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new PurchasesImported(data.purchaseBatch(300), 300));
            // A second batch that reaches purchasers already counted in the first, in earlier and later months.
            events.publishEvent(new PurchasesImported(data.purchaseBatch(300), 300));
        });
        var expected = new ArrayList<String>();
        var expectedCounts = new ArrayList<String>();
        int years = 0;
        for (int year = data.firstDay().getYear(); year <= data.today().getYear(); year++, years++) {
            for (int month : RollupWriter.YEAR_TO_MONTHS) {
                var from = LocalDate.of(year, 1, 1);
                var to = java.time.YearMonth.of(year, month).atEndOfMonth();
                int key = year * 100 + month;
                jdbc.query("SELECT p.purchaser_id, SUM(p.amount), COUNT(*),"
                        + " SUM(CASE WHEN p.donation THEN p.amount ELSE 0 END),"
                        + " SUM(CASE WHEN p.consignment THEN p.amount ELSE 0 END) FROM purchase p"
                        + " WHERE p.status = 'COMPLETED' AND p.order_date BETWEEN ? AND ? GROUP BY p.purchaser_id",
                        rs -> {
                            expected.add(key + "|" + rs.getLong(1) + "|" + plain(rs.getBigDecimal(2)) + "|"
                                    + rs.getLong(3) + "|" + plain(rs.getBigDecimal(4)) + "|"
                                    + plain(rs.getBigDecimal(5)));
                        }, from, to);
                jdbc.query("SELECT u.purchaser_type, COUNT(DISTINCT p.purchaser_id) FROM purchase p"
                        + " JOIN purchaser u ON u.id = p.purchaser_id WHERE p.status = 'COMPLETED'"
                        + " AND p.order_date BETWEEN ? AND ? GROUP BY u.purchaser_type",
                        rs -> {
                            expectedCounts.add(key + "|" + rs.getString(1) + "|" + rs.getLong(2));
                        }, from, to);
            }
        }
        var kept = new ArrayList<String>();
        jdbc.query("SELECT period_key, purchaser_id, amount, orders, donation_amount, consignment_amount"
                + " FROM rollup_purchaser_period WHERE grain = 'T'", rs -> {
                    kept.add(rs.getInt(1) + "|" + rs.getLong(2) + "|" + plain(rs.getBigDecimal(3)) + "|"
                            + rs.getLong(4) + "|" + plain(rs.getBigDecimal(5)) + "|" + plain(rs.getBigDecimal(6)));
                });
        var keptCounts = jdbc.query("SELECT period_key, purchaser_type, SUM(purchasers) FROM rollup_participation"
                + " WHERE grain = 'T' GROUP BY period_key, purchaser_type",
                (rs, n) -> rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getLong(3));
        assertThat(years).isEqualTo(3);
        assertThat(expected).hasSizeGreaterThan(200);
        assertThat(kept).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(keptCounts).containsExactlyInAnyOrderElementsOf(expectedCounts);
    }

    @Test
    void the_migration_that_fills_year_to_month_rows_on_existing_databases_gives_what_the_imports_keep() throws Exception {
        transaction.executeWithoutResult(status ->
                events.publishEvent(new PurchasesImported(data.purchaseBatch(400), 400)));
        var kept = snapshot();
        assertThat(kept).anyMatch(row -> row.startsWith("rollup_purchaser_period|T|"))
                .anyMatch(row -> row.startsWith("rollup_participation|T|"));
        String script;
        try (var in = getClass().getResourceAsStream("/db/migration/V60__metrics_year_to_month_rows.sql")) {
            script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        transaction.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM rollup_participation WHERE grain = 'T'");
            jdbc.update("DELETE FROM rollup_purchaser_period WHERE grain = 'T'");
            for (var statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    jdbc.update(statement);
                }
            }
        });
        assertThat(snapshot()).isEqualTo(kept);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    @Test
    void on_start_empty_rollups_are_built_from_the_raw_rows_and_full_ones_are_left_alone() throws Exception {
        transaction.executeWithoutResult(status ->
                events.publishEvent(new PurchasesImported(data.purchaseBatch(100), 100)));
        var built = snapshot();
        transaction.executeWithoutResult(status -> RollupWriter.TABLES.forEach(t -> jdbc.update("DELETE FROM " + t)));
        assertThat(snapshot()).isEmpty();
        startup.run(null);
        assertThat(snapshot()).isEqualTo(built);
        // Full rollups are not rebuilt: a row no rebuild would make survives the next start.
        jdbc.update("UPDATE rollup_sale_month SET records = records + 1000 WHERE month_key = (SELECT MIN(month_key)"
                + " FROM (SELECT month_key FROM rollup_sale_month) m)");
        var marked = snapshot();
        startup.run(null);
        assertThat(snapshot()).isEqualTo(marked);
        transaction.executeWithoutResult(status -> writer.rebuild());
        assertThat(snapshot()).isEqualTo(built);
    }

    @Test
    void budget_unit_completions_follow_imports_and_share_changes_exactly_as_a_rebuild_builds_them() {
        registryRollups.ensureFresh();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rollup_unit_completion", Long.class)).isPositive();
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new PurchasesImported(data.purchaseBatch(400), 400));
            events.publishEvent(new PurchasesImported(data.purchaseBatch(200), 200));
        });
        // The registry changes without an event: a share raised, a share returned (no longer counted), a counted
        // share added to a unit that had none, a unit moved to another county.
        var counted = jdbc.queryForList("SELECT s.id FROM reserved_share s JOIN purchaser u ON u.id = s.purchaser_id"
                + " WHERE s.status IN ('SUBMITTED', 'APPROVED') AND s.reserved_amount > 0"
                + " AND u.purchaser_type = 'BUDGET_UNIT' ORDER BY s.id", Long.class);
        jdbc.update("UPDATE reserved_share SET reserved_amount = reserved_amount + 1234.56 WHERE id = ?",
                counted.get(0));
        jdbc.update("UPDATE reserved_share SET status = 'RETURNED' WHERE id = ?", counted.get(1));
        var moved = jdbc.queryForObject("SELECT purchaser_id FROM reserved_share WHERE id = ?", Long.class,
                counted.get(2));
        var otherCounty = jdbc.queryForObject("SELECT MIN(region_code) FROM purchaser WHERE region_code <>"
                + " (SELECT region_code FROM purchaser WHERE id = ?)", String.class, moved);
        jdbc.update("UPDATE purchaser SET region_code = ? WHERE id = ?", otherCounty, moved);
        jdbc.update("UPDATE reserved_share SET status = 'SUBMITTED', reserved_amount = 5000 WHERE id = (SELECT id FROM"
                + " (SELECT MIN(s.id) AS id FROM reserved_share s JOIN purchaser u ON u.id = s.purchaser_id"
                + " WHERE u.purchaser_type = 'BUDGET_UNIT' AND (s.status NOT IN ('SUBMITTED', 'APPROVED')"
                + " OR s.reserved_amount = 0)) x)");
        jdbc.update("UPDATE rollup_registry_stamp SET purchaser_mark = -1");
        registryRollups.ensureFresh();
        var synced = unitSnapshot();
        assertThat(synced).anyMatch(row -> row.startsWith("rollup_unit_share|") && row.contains("|" + moved + "|")
                && row.contains("|" + otherCounty + "|"));
        transaction.executeWithoutResult(status -> writer.rebuild());
        assertThat(unitSnapshot()).isEqualTo(synced);
    }

    private List<String> unitSnapshot() {
        return TableSnapshot.of(jdbc, List.of("rollup_unit_share", "rollup_unit_completion"));
    }

    private static final List<String> PURCHASE_TOTALS = List.of(
            "SELECT COALESCE(SUM(amount), 0) FROM rollup_purchase_month",
            "SELECT COALESCE(SUM(amount), 0) FROM rollup_purchase_day",
            "SELECT COALESCE(SUM(amount), 0) FROM rollup_purchaser_period WHERE grain = 'M'",
            "SELECT COALESCE(SUM(amount), 0) FROM rollup_purchaser_period WHERE grain = 'Q'",
            "SELECT COALESCE(SUM(amount), 0) FROM rollup_purchaser_period WHERE grain = 'Y'",
            "SELECT COALESCE(SUM(amount), 0) FROM rollup_supplier_period WHERE grain = 'Y'");

    private List<BigDecimal> purchaseTotals() {
        return PURCHASE_TOTALS.stream().map(sql -> jdbc.queryForObject(sql, BigDecimal.class)).toList();
    }

    private List<BigDecimal> saleTotals() {
        return List.of(jdbc.queryForObject("SELECT COALESCE(SUM(amount), 0) FROM rollup_sale_month", BigDecimal.class),
                jdbc.queryForObject("SELECT COALESCE(SUM(amount), 0) FROM rollup_sale_day", BigDecimal.class));
    }

    /** Every row of every rollup table, as text, in key order. */
    private List<String> snapshot() {
        return TableSnapshot.of(jdbc, RollupWriter.TABLES);
    }
}
