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
 * region and department). Purchaser and share imports and reviews publish no event, so before registry figures are
 * read {@link #ensureFresh()} compares the registry's change mark — largest purchaser id, largest reserved-share id,
 * latest audit revision (every change through the application writes one) — with the mark stored at the last refresh
 * and refreshes the rollups when it moved. Runs in a transaction of its own, so callers must not hold one open
 * (a snapshot taken before the refresh would not see it). The budget units' completion rows ({@link UnitCompletions})
 * depend on the shares too: a refresh brings them in line, rewriting only the units whose share or attributes changed.
 */
@Component
public class RegistryRollups {

    private record Marks(long purchaser, long share, long revision) {
    }

    private static final String CITY = RollupWriter.city("u.region_code");

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
                + " (SELECT MAX(id) FROM audit_revision), s.purchaser_mark, s.share_mark, s.revision_mark"
                + " FROM rollup_registry_stamp s WHERE s.id = 1", rs -> rs.next()
                && rs.getLong(1) == rs.getLong(4) && rs.getLong(2) == rs.getLong(5) && rs.getLong(3) == rs.getLong(6));
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
        return new Marks(max("purchaser"), max("reserved_share"), max("audit_revision"));
    }

    private long max(String table) {
        Long value = jdbc.queryForObject("SELECT MAX(id) FROM " + table, Long.class);
        return value == null ? 0 : value;
    }

    private Marks stored(boolean lock) {
        List<Marks> rows = jdbc.query("SELECT purchaser_mark, share_mark, revision_mark FROM rollup_registry_stamp"
                        + " WHERE id = 1" + (lock ? " FOR UPDATE" : ""),
                (rs, n) -> new Marks(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private void refresh(Marks marks) {
        jdbc.update("DELETE FROM rollup_purchaser_count");
        jdbc.update("DELETE FROM rollup_share_total");
        var attributes = "u.region_code, " + CITY + ", u.purchaser_type, COALESCE(u.budget_unit_kind, ''),"
                + " COALESCE(u.school_type, ''), COALESCE(u.supervising_department_code, '')";
        jdbc.update("INSERT INTO rollup_purchaser_count (region_code, city_code, purchaser_type, budget_unit_kind,"
                + " school_type, supervising_department_code, units) SELECT " + attributes + ", COUNT(*)"
                + " FROM purchaser u GROUP BY " + attributes);
        var shareAttributes = "s.share_year, u.region_code, " + CITY + ", COALESCE(u.supervising_department_code, '')";
        jdbc.update("INSERT INTO rollup_share_total (share_year, region_code, city_code, supervising_department_code,"
                + " reserved_amount, units_reserved) SELECT " + shareAttributes + ", SUM(s.reserved_amount),"
                + " SUM(CASE WHEN s.reserved_amount > 0 THEN 1 ELSE 0 END) FROM reserved_share s"
                + " JOIN purchaser u ON u.id = s.purchaser_id WHERE s.status IN ('SUBMITTED', 'APPROVED')"
                + " AND u.purchaser_type = 'BUDGET_UNIT' GROUP BY " + shareAttributes);
        jdbc.update("UPDATE rollup_registry_stamp SET purchaser_mark = ?, share_mark = ?, revision_mark = ?,"
                + " refreshed_at = ? WHERE id = 1", marks.purchaser(), marks.share(), marks.revision(),
                LocalDateTime.now());
    }
}
