package cn.gov.hlj.consumptionaid.metrics.rollup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The registry rollups of V42 (purchasers by segment, region and department; budget units' reserved shares by year,
 * region and department). Every change the portal makes to them arrives as an event of {@code purchasing} inside the
 * change's own transaction ({@link RegistryRollupListener}): an import adds its batch's rows, a review moves one share
 * in or out of the counted shares, and the budget units' completion rows ({@link UnitCompletions}) of the units
 * touched are rewritten. Rows written around the portal (the demo data and the benchmark generator write with plain
 * JDBC) are caught before registry figures are read: {@link #ensureFresh()} compares the registry's change mark — largest
 * purchaser id, largest reserved-share id — with the mark stored at the last refresh and refreshes when it moved. The
 * listener moves the mark past the rows it adds when it stood at the newest row before them.
 */
@Component
public class RegistryRollups {

    private record Marks(long purchaser, long share) {
    }

    /** The key of a share s of purchaser u in the share totals, in their column order. */
    private static final String SHARE_ATTRIBUTES = "s.share_year, u.region_code, " + RollupWriter.city("u.region_code")
            + ", COALESCE(u.supervising_department_code, '')";
    /** The share totals' sums over counted shares s: amount, units with an amount, shares. */
    private static final String SHARE_SUMS = "SUM(s.reserved_amount), SUM(CASE WHEN s.reserved_amount > 0 THEN 1 ELSE 0"
            + " END), COUNT(*)";
    private static final String ADD_SHARE_SUMS = "reserved_amount = reserved_amount + VALUES(reserved_amount),"
            + " units_reserved = units_reserved + VALUES(units_reserved), shares = shares + VALUES(shares)";
    private static final String COUNTED_SHARE = "s.status IN ('SUBMITTED', 'APPROVED')"
            + " AND u.purchaser_type = 'BUDGET_UNIT'";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final UnitCompletions unitCompletions;

    RegistryRollups(JdbcTemplate jdbc, PlatformTransactionManager transactions, UnitCompletions unitCompletions) {
        this.jdbc = jdbc;
        this.unitCompletions = unitCompletions;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Refreshes the registry rollups if the purchasers or shares changed since the last refresh. */
    public void ensureFresh() {
        // The common case, current rollups, costs one statement and no transaction of its own.
        var unchanged = jdbc.query("SELECT (SELECT MAX(id) FROM purchaser), (SELECT MAX(id) FROM reserved_share),"
                + " s.purchaser_mark, s.share_mark FROM rollup_registry_stamp s WHERE s.id = 1", rs -> rs.next()
                && rs.getLong(1) == rs.getLong(3) && rs.getLong(2) == rs.getLong(4));
        if (Boolean.TRUE.equals(unchanged)) {
            return;
        }
        ownTransaction.executeWithoutResult(status -> {
            var current = marks();
            if (!current.equals(stored(false))) {
                var locked = stored(true);
                if (!current.equals(locked)) {
                    refresh(current);
                    unitCompletions.sync();
                }
            }
        });
    }

    /**
     * Adds the purchasers of one import batch, all new, to the counts, in the import's transaction. New purchasers have
     * no share yet, so the share totals and completion rows stay as they are.
     */
    void addPurchaserBatch(long batchId) {
        jdbc.update("INSERT INTO rollup_purchaser_count (region_code, city_code, purchaser_type, budget_unit_kind,"
                + " school_type, supervising_department_code, units) SELECT " + RollupWriter.PURCHASER_ATTRIBUTES
                + ", COUNT(*) FROM purchaser u WHERE u.import_batch_id = ?"
                + " GROUP BY " + RollupWriter.PURCHASER_ATTRIBUTES
                + " ON DUPLICATE KEY UPDATE units = units + VALUES(units)", batchId);
        moveMarksPast("purchaser", batchId);
    }

    /**
     * Adds the shares of one import batch, all new, to the share totals and rewrites the completion rows of their
     * units, in the import's transaction.
     */
    void addShareBatch(long batchId) {
        jdbc.update("INSERT INTO rollup_share_total (share_year, region_code, city_code, supervising_department_code,"
                + " reserved_amount, units_reserved, shares) SELECT " + SHARE_ATTRIBUTES + ", " + SHARE_SUMS
                + " FROM reserved_share s JOIN purchaser u ON u.id = s.purchaser_id WHERE s.import_batch_id = ? AND "
                + COUNTED_SHARE + " GROUP BY " + SHARE_ATTRIBUTES + " ON DUPLICATE KEY UPDATE " + ADD_SHARE_SUMS,
                batchId);
        unitCompletions.rewrite(jdbc.query("SELECT DISTINCT share_year, purchaser_id FROM reserved_share"
                + " WHERE import_batch_id = ?", (rs, n) -> new long[] {rs.getInt(1), rs.getLong(2)}, batchId));
        moveMarksPast("reserved_share", batchId);
    }

    /**
     * A share entered ({@code change} +1) or left (-1) the counted shares: its amount and unit move in or out of its
     * total, and its unit's completion rows are rewritten, in the review's transaction. No id is new, so the change
     * mark stays where it is.
     */
    void shareCounted(long shareId, int change) {
        if (change == 0) {
            return;
        }
        jdbc.update("INSERT INTO rollup_share_total (share_year, region_code, city_code, supervising_department_code,"
                + " reserved_amount, units_reserved, shares) SELECT * FROM (SELECT " + SHARE_ATTRIBUTES
                + ", ? * s.reserved_amount AS amount_change, ? * (CASE WHEN s.reserved_amount > 0 THEN 1 ELSE 0 END)"
                + " AS units_change, ? * (CASE WHEN s.id > 0 THEN 1 ELSE 0 END) AS shares_change"
                + " FROM reserved_share s JOIN purchaser u ON u.id = s.purchaser_id"
                + " WHERE s.id = ? AND u.purchaser_type = 'BUDGET_UNIT') x"
                // A derived table: MySQL finds the source's reserved_amount ambiguous in the update list otherwise
                // (and H2 needs each parameter typed by an expression).
                + " ON DUPLICATE KEY UPDATE " + ADD_SHARE_SUMS, change, change, change, shareId);
        jdbc.update("DELETE FROM rollup_share_total WHERE shares = 0");
        unitCompletions.rewrite(jdbc.query("SELECT share_year, purchaser_id FROM reserved_share WHERE id = ?",
                (rs, n) -> new long[] {rs.getInt(1), rs.getLong(2)}, shareId));
    }

    /**
     * After a batch's rows were added: moves the table's change mark to the batch's newest row if it stood at the
     * newest row before the batch. If it did not, rows written around the portal (or by an import running beside this
     * one) may be missing from the rollups: the mark stays behind and the next read refreshes everything.
     * <p>
     * The newest earlier row is read with a locking read, which sees what other transactions committed since this one
     * began (its snapshot may be older) and waits for an import still writing below this batch; only then is the stamp
     * row locked. Always in that order, and a batch waits only for batches with lower ids, so two imports cannot wait
     * for each other.
     */
    private void moveMarksPast(String table, long batchId) {
        var batch = jdbc.queryForObject("SELECT MIN(id), MAX(id) FROM " + table + " WHERE import_batch_id = ?",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, batchId);
        if (batch == null || batch[1] == 0) {
            return;
        }
        var earlier = jdbc.queryForList("SELECT id FROM " + table + " WHERE id < ? ORDER BY id DESC LIMIT 1"
                + " FOR UPDATE", Long.class, batch[0]);
        long before = earlier.isEmpty() ? 0 : earlier.getFirst();
        var stored = stored(true);
        var column = table.equals("purchaser") ? "purchaser_mark" : "share_mark";
        long mark = stored == null ? -1 : table.equals("purchaser") ? stored.purchaser() : stored.share();
        if (mark == before) {
            jdbc.update("UPDATE rollup_registry_stamp SET " + column + " = ?, refreshed_at = ? WHERE id = 1", batch[1],
                    LocalDateTime.now());
        }
    }

    /** Refreshes unconditionally, in the caller's transaction (part of a full rebuild). */
    void refreshNow() {
        stored(true);
        refresh(marks());
        unitCompletions.rebuild();
    }

    UnitCompletions unitCompletions() {
        return unitCompletions;
    }

    private Marks marks() {
        return new Marks(max("purchaser"), max("reserved_share"));
    }

    private long maxWhere(String table, String condition, Object argument) {
        Long value = jdbc.queryForObject("SELECT MAX(id) FROM " + table + " WHERE " + condition, Long.class, argument);
        return value == null ? 0 : value;
    }

    private long max(String table) {
        Long value = jdbc.queryForObject("SELECT MAX(id) FROM " + table, Long.class);
        return value == null ? 0 : value;
    }

    private Marks stored(boolean lock) {
        List<Marks> rows = jdbc.query("SELECT purchaser_mark, share_mark FROM rollup_registry_stamp"
                        + " WHERE id = 1" + (lock ? " FOR UPDATE" : ""),
                (rs, n) -> new Marks(rs.getLong(1), rs.getLong(2)));
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private void refresh(Marks marks) {
        jdbc.update("DELETE FROM rollup_purchaser_count");
        jdbc.update("DELETE FROM rollup_share_total");
        jdbc.update("INSERT INTO rollup_purchaser_count (region_code, city_code, purchaser_type, budget_unit_kind,"
                + " school_type, supervising_department_code, units) SELECT " + RollupWriter.PURCHASER_ATTRIBUTES
                + ", COUNT(*) FROM purchaser u GROUP BY " + RollupWriter.PURCHASER_ATTRIBUTES);
        jdbc.update("INSERT INTO rollup_share_total (share_year, region_code, city_code, supervising_department_code,"
                + " reserved_amount, units_reserved, shares) SELECT " + SHARE_ATTRIBUTES + ", " + SHARE_SUMS
                + " FROM reserved_share s JOIN purchaser u ON u.id = s.purchaser_id WHERE " + COUNTED_SHARE
                + " GROUP BY " + SHARE_ATTRIBUTES);
        jdbc.update("UPDATE rollup_registry_stamp SET purchaser_mark = ?, share_mark = ?, refreshed_at = ?"
                + " WHERE id = 1", marks.purchaser(), marks.share(), LocalDateTime.now());
    }
}
