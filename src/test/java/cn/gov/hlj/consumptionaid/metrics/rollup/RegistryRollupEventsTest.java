package cn.gov.hlj.consumptionaid.metrics.rollup;

import cn.gov.hlj.consumptionaid.metrics.MetricsTestData;
import cn.gov.hlj.consumptionaid.purchasing.PurchasersImported;
import cn.gov.hlj.consumptionaid.purchasing.ReservedShareStatus;
import cn.gov.hlj.consumptionaid.purchasing.ReservedShareStatusChanged;
import cn.gov.hlj.consumptionaid.purchasing.ReservedSharesImported;
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
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registry rollups follow the purchaser and share imports and the share reviews in their own transactions: after
 * each event they hold exactly what a refresh from the registry builds, the change mark moves past the new rows (so
 * the next figure refreshes nothing), a rolled-back change leaves them as they were, and rows written around the
 * portal are still caught by the next read.
 */
@IntegrationTest
@TestPropertySource(properties = "portal.test.database=registry-events")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryRollupEventsTest {

    private static final List<String> TABLES = List.of("rollup_purchaser_count", "rollup_share_total",
            "rollup_unit_share", "rollup_unit_completion");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    RegistryRollups registry;
    @Autowired
    RollupWriter writer;
    @Autowired
    Clock clock;

    private int sequence;
    private List<String> counties;

    @BeforeAll
    void registry() {
        var data = new MetricsTestData(jdbc, 11, LocalDate.now(clock));
        transaction.executeWithoutResult(status -> data.registry(120));
        transaction.executeWithoutResult(status -> data.purchaseBatch(600));
        transaction.executeWithoutResult(status -> writer.rebuild());
        counties = jdbc.queryForList("SELECT code FROM region WHERE region_level = 'COUNTY' ORDER BY code LIMIT 4",
                String.class);
    }

    @Test
    void a_purchaser_import_adds_its_units_in_its_transaction_and_moves_the_mark() {
        registry.ensureFresh();
        long before = count("SELECT SUM(units) FROM rollup_purchaser_count");
        long batch = transaction.execute(status -> {
            long id = purchaserBatch(7);
            events.publishEvent(new PurchasersImported(id, 7));
            return id;
        });
        assertThat(count("SELECT SUM(units) FROM rollup_purchaser_count")).isEqualTo(before + 7);
        assertThat(count("SELECT purchaser_mark FROM rollup_registry_stamp"))
                .isEqualTo(count("SELECT MAX(id) FROM purchaser WHERE import_batch_id = " + batch))
                .isEqualTo(count("SELECT MAX(id) FROM purchaser"));
        var kept = snapshot();
        assertThat(kept).isEqualTo(refreshed());
    }

    @Test
    void a_share_import_adds_its_counted_shares_and_the_units_completion_rows() {
        registry.ensureFresh();
        var before = amount("SELECT SUM(reserved_amount) FROM rollup_share_total");
        long batch = transaction.execute(status -> {
            long units = purchaserBatch(4);
            events.publishEvent(new PurchasersImported(units, 4));
            long id = shareBatch(units);
            events.publishEvent(new ReservedSharesImported(id, 4));
            return id;
        });
        var added = amount("SELECT SUM(reserved_amount) FROM reserved_share WHERE import_batch_id = " + batch
                + " AND status IN ('SUBMITTED', 'APPROVED')");
        assertThat(added).isPositive();
        assertThat(amount("SELECT SUM(reserved_amount) FROM rollup_share_total")).isEqualByComparingTo(
                before.add(added));
        assertThat(count("SELECT COUNT(*) FROM rollup_unit_share us JOIN reserved_share s ON s.purchaser_id ="
                + " us.purchaser_id AND s.share_year = us.share_year WHERE s.import_batch_id = " + batch))
                .isEqualTo(3);
        assertThat(count("SELECT share_mark FROM rollup_registry_stamp"))
                .isEqualTo(count("SELECT MAX(id) FROM reserved_share"));
        var kept = snapshot();
        assertThat(kept).isEqualTo(refreshed());
    }

    @Test
    void a_review_moves_a_share_out_of_and_back_into_the_totals() {
        registry.ensureFresh();
        long share = count("SELECT MIN(s.id) FROM reserved_share s JOIN purchaser u ON u.id = s.purchaser_id"
                + " WHERE s.status = 'SUBMITTED' AND s.reserved_amount > 0 AND u.purchaser_type = 'BUDGET_UNIT'");
        var amount = amount("SELECT reserved_amount FROM reserved_share WHERE id = " + share);
        var total = amount("SELECT SUM(reserved_amount) FROM rollup_share_total");
        var completionRows = count("SELECT COUNT(*) FROM rollup_unit_completion");

        review(share, ReservedShareStatus.SUBMITTED, ReservedShareStatus.RETURNED);
        assertThat(amount("SELECT SUM(reserved_amount) FROM rollup_share_total"))
                .isEqualByComparingTo(total.subtract(amount));
        assertThat(count("SELECT COUNT(*) FROM rollup_unit_completion")).isEqualTo(completionRows - 17);
        assertThat(snapshot()).isEqualTo(refreshed());

        review(share, ReservedShareStatus.RETURNED, ReservedShareStatus.SUBMITTED);
        assertThat(amount("SELECT SUM(reserved_amount) FROM rollup_share_total")).isEqualByComparingTo(total);
        assertThat(count("SELECT COUNT(*) FROM rollup_unit_completion")).isEqualTo(completionRows);
        assertThat(snapshot()).isEqualTo(refreshed());

        // Approval keeps the share counted: nothing moves.
        var before = snapshot();
        review(share, ReservedShareStatus.SUBMITTED, ReservedShareStatus.APPROVED);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_rolled_back_import_leaves_the_rollups_and_the_mark_as_they_were() {
        registry.ensureFresh();
        var before = snapshot();
        var mark = count("SELECT purchaser_mark FROM rollup_registry_stamp");
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            long units = purchaserBatch(5);
            events.publishEvent(new PurchasersImported(units, 5));
            throw new IllegalStateException("the import failed after its rows");
        })).hasMessage("the import failed after its rows");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(count("SELECT purchaser_mark FROM rollup_registry_stamp")).isEqualTo(mark);
    }

    @Test
    void rows_written_around_the_portal_keep_the_mark_behind_so_the_next_read_refreshes() {
        registry.ensureFresh();
        // A unit written with plain SQL (no event), then an import.
        transaction.executeWithoutResult(status -> insertPurchaser(null));
        long around = count("SELECT MAX(id) FROM purchaser");
        transaction.executeWithoutResult(status -> events.publishEvent(new PurchasersImported(purchaserBatch(3), 3)));
        assertThat(count("SELECT purchaser_mark FROM rollup_registry_stamp")).isLessThan(around);
        registry.ensureFresh();
        assertThat(count("SELECT purchaser_mark FROM rollup_registry_stamp"))
                .isEqualTo(count("SELECT MAX(id) FROM purchaser"));
        assertThat(count("SELECT SUM(units) FROM rollup_purchaser_count"))
                .isEqualTo(count("SELECT COUNT(*) FROM purchaser"));
        assertThat(snapshot()).isEqualTo(refreshed());
    }

    private void review(long share, ReservedShareStatus from, ReservedShareStatus to) {
        transaction.executeWithoutResult(status -> {
            assertThat(jdbc.update("UPDATE reserved_share SET status = ? WHERE id = ? AND status = ?", to.name(),
                    share, from.name())).isOne();
            events.publishEvent(new ReservedShareStatusChanged(share, from, to));
        });
    }

    /** What a full rebuild from the raw rows and the registry builds (it replaces the rows kept so far). */
    private List<String> refreshed() {
        transaction.executeWithoutResult(status -> writer.rebuild());
        return snapshot();
    }

    private long purchaserBatch(int units) {
        long batch = batch("PURCHASERS", units);
        for (int i = 0; i < units; i++) {
            insertPurchaser(batch);
        }
        return batch;
    }

    private void insertPurchaser(Long batch) {
        var code = "RE-" + (++sequence) + "-" + UUID.randomUUID().toString().substring(0, 6);
        var region = counties.get(sequence % counties.size());
        jdbc.update("INSERT INTO purchaser (version, code, name, purchaser_type, budget_unit_kind, school_type,"
                + " admin_level, supervising_department_code, region_code, canteen, import_batch_id) VALUES"
                + " (0, ?, ?, 'BUDGET_UNIT', 'AGENCY', NULL, 'COUNTY', 'FINANCE', ?, 'OWN', ?)", code, "单位" + code,
                region, batch);
    }

    /** Shares of this year for the batch's units: two submitted, one approved, one returned (not counted). */
    private long shareBatch(long purchaserBatch) {
        long batch = batch("RESERVED_SHARES", 4);
        var units = jdbc.queryForList("SELECT id FROM purchaser WHERE import_batch_id = ? ORDER BY id", Long.class,
                purchaserBatch);
        var statuses = List.of("SUBMITTED", "SUBMITTED", "APPROVED", "RETURNED");
        for (int i = 0; i < units.size(); i++) {
            jdbc.update("INSERT INTO reserved_share (version, purchaser_id, share_year, canteen, canteen_budget,"
                    + " reserved_ratio, reserved_amount, status, import_batch_id) VALUES (0, ?, ?, 'OWN', 100000, 20,"
                    + " ?, ?, ?)", units.get(i), LocalDate.now(clock).getYear(),
                    BigDecimal.valueOf(20_000 + 1_000L * i), statuses.get(i), batch);
        }
        return batch;
    }

    private long batch(String type, int rows) {
        var sha = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        jdbc.update("INSERT INTO purchasing_import_batch (version, import_type, file_name, file_sha256, file_size,"
                + " rows_in_file, rows_created, rows_skipped, imported_by, imported_at) VALUES (0, ?, 'registry.xlsx',"
                + " ?, 1, ?, ?, 0, 'test', ?)", type, sha, rows, rows, LocalDateTime.now(clock));
        return count("SELECT id FROM purchasing_import_batch WHERE file_sha256 = '" + sha + "'");
    }

    private List<String> snapshot() {
        return TableSnapshot.of(jdbc, TABLES);
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }

    private BigDecimal amount(String sql) {
        var value = jdbc.queryForObject(sql, BigDecimal.class);
        return value == null ? BigDecimal.ZERO : value;
    }
}
