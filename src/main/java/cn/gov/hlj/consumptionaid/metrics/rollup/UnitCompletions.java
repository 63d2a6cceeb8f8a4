package cn.gov.hlj.consumptionaid.metrics.rollup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The budget-unit completion rollups of V45: each budget unit's counted reserved share per year
 * ({@code rollup_unit_share}) and, for every unit with a share above zero, its counted purchases and completion rate in
 * each month, quarter and year of the share's year ({@code rollup_unit_completion}). The completed amount is the
 * unit's {@code rollup_purchaser_period} amount, so a purchase batch updates the rows of the periods it touched after
 * the per-purchaser rows ({@link #addPurchaseBatch}); a share import or review rewrites its units' rows in its own
 * transaction ({@link #rewrite(List)}), and the registry refresh, for rows written around the portal, calls
 * {@link #sync()}: it compares the shares now with {@code rollup_unit_share} and rewrites only the units that differ
 * (all of them when that is most of them).
 * Runs in the caller's transaction.
 */
@Component
public class UnitCompletions {

    /** Above this many changed unit-years a sync rewrites both tables instead of unit by unit. */
    static final int BULK = 20_000;
    private static final int CHUNK = 500;

    /** Each budget unit's counted share per year now, with its attributes as the rollups keep them. */
    static final String CURRENT_SHARES = "SELECT s.share_year, u.id AS purchaser_id, u.code, u.region_code, "
            + RollupWriter.city("u.region_code") + " AS city_code,"
            + " COALESCE(u.supervising_department_code, '') AS supervising_department_code,"
            + " SUM(s.reserved_amount) AS reserved_amount FROM reserved_share s JOIN purchaser u ON u.id = s.purchaser_id"
            + " WHERE s.status IN ('SUBMITTED', 'APPROVED') AND u.purchaser_type = 'BUDGET_UNIT'";
    private static final String CURRENT_GROUP = " GROUP BY s.share_year, u.id, u.code, u.region_code,"
            + " u.supervising_department_code";

    private static final String SHARE_COLUMNS = "share_year, purchaser_id, code, region_code, city_code,"
            + " supervising_department_code, reserved_amount";

    /** The 17 periods of a year: the year, its quarters and its months. */
    private static final String PERIODS = "(SELECT 'Y' AS grain, 0 AS n"
            + " UNION ALL SELECT 'Q', 1 UNION ALL SELECT 'Q', 2 UNION ALL SELECT 'Q', 3 UNION ALL SELECT 'Q', 4"
            + " UNION ALL SELECT 'M', 1 UNION ALL SELECT 'M', 2 UNION ALL SELECT 'M', 3 UNION ALL SELECT 'M', 4"
            + " UNION ALL SELECT 'M', 5 UNION ALL SELECT 'M', 6 UNION ALL SELECT 'M', 7 UNION ALL SELECT 'M', 8"
            + " UNION ALL SELECT 'M', 9 UNION ALL SELECT 'M', 10 UNION ALL SELECT 'M', 11 UNION ALL SELECT 'M', 12) g";
    private static final String PERIOD_KEY = "CASE g.grain WHEN 'Y' THEN us.share_year"
            + " WHEN 'Q' THEN us.share_year * 10 + g.n ELSE us.share_year * 100 + g.n END";

    /** completed × 100 / reserved, rounded to the rate column's 6 decimals on both databases. */
    static String rate(String completed, String reserved) {
        return "CAST(" + completed + " * 100 / " + reserved + " AS DECIMAL(24, 6))";
    }

    private static final String COMPLETION_COLUMNS = "grain, period_key, purchaser_id, code, region_code, city_code,"
            + " supervising_department_code, reserved_amount, completed_amount, rate";

    /** The completion rows of the shares of rollup_unit_share that the condition selects (alias us). */
    private static String completionsOf(String where) {
        return "INSERT INTO rollup_unit_completion (" + COMPLETION_COLUMNS + ")"
                + " SELECT g.grain, " + PERIOD_KEY + ", us.purchaser_id, us.code, us.region_code, us.city_code,"
                + " us.supervising_department_code, us.reserved_amount, COALESCE(pp.amount, 0), "
                + rate("COALESCE(pp.amount, 0)", "us.reserved_amount")
                + " FROM rollup_unit_share us CROSS JOIN " + PERIODS
                + " LEFT JOIN rollup_purchaser_period pp ON pp.grain = g.grain AND pp.period_key = " + PERIOD_KEY
                + " AND pp.purchaser_id = us.purchaser_id WHERE us.reserved_amount > 0" + where;
    }

    /**
     * After a batch's per-purchaser rows were added: the completed amount and rate of its units in the periods of
     * one grain it touched, from their per-purchaser rows.
     */
    private static String batchCompletions(String grain, String key) {
        return "INSERT INTO rollup_unit_completion (" + COMPLETION_COLUMNS + ")"
                + " SELECT grain, period_key, purchaser_id, code, region_code, city_code, supervising_department_code,"
                + " reserved_amount, new_completed, new_rate FROM (SELECT c.grain, c.period_key, c.purchaser_id, c.code,"
                + " c.region_code, c.city_code, c.supervising_department_code, c.reserved_amount,"
                + " pp.amount AS new_completed, " + rate("pp.amount", "c.reserved_amount") + " AS new_rate"
                + " FROM (SELECT DISTINCT p.purchaser_id, " + key + " AS period_key FROM purchase p"
                + " WHERE p.status = 'COMPLETED' AND p.import_batch_id = ?) b"
                + " JOIN rollup_unit_completion c ON c.grain = '" + grain + "' AND c.period_key = b.period_key"
                + " AND c.purchaser_id = b.purchaser_id"
                + " JOIN rollup_purchaser_period pp ON pp.grain = '" + grain + "' AND pp.period_key = b.period_key"
                + " AND pp.purchaser_id = b.purchaser_id) x"
                + " ON DUPLICATE KEY UPDATE completed_amount = VALUES(completed_amount), rate = VALUES(rate)";
    }

    private final JdbcTemplate jdbc;

    UnitCompletions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Updates the completion rows of the units and periods of one purchase batch (run after rollup_purchaser_period). */
    void addPurchaseBatch(long batchId, String grain, String key) {
        jdbc.update(batchCompletions(grain, key), batchId);
    }

    /** Empties both tables and fills them from the shares and the per-purchaser rows (rebuild, first fill). */
    void rebuild() {
        jdbc.update("DELETE FROM rollup_unit_completion");
        jdbc.update("DELETE FROM rollup_unit_share");
        jdbc.update("INSERT INTO rollup_unit_share (" + SHARE_COLUMNS + ") " + CURRENT_SHARES + CURRENT_GROUP);
        jdbc.update(completionsOf(""));
    }

    /**
     * Brings both tables in line with the shares and purchasers now: the unit-years whose share, code, region or
     * department differ from rollup_unit_share (or that appeared or disappeared) are rewritten. Returns how many.
     */
    int sync() {
        if (jdbc.queryForList("SELECT 1 FROM rollup_unit_share LIMIT 1").isEmpty()) {
            rebuild();
            return -1;
        }
        var changed = jdbc.query("SELECT n.share_year, n.purchaser_id FROM (" + CURRENT_SHARES + CURRENT_GROUP + ") n"
                        + " LEFT JOIN rollup_unit_share o ON o.share_year = n.share_year AND o.purchaser_id = n.purchaser_id"
                        + " WHERE o.purchaser_id IS NULL OR o.reserved_amount <> n.reserved_amount OR o.code <> n.code"
                        + " OR o.region_code <> n.region_code"
                        + " OR o.supervising_department_code <> n.supervising_department_code"
                        + " UNION SELECT o.share_year, o.purchaser_id FROM rollup_unit_share o WHERE NOT EXISTS ("
                        + "SELECT 1 FROM reserved_share s JOIN purchaser u ON u.id = s.purchaser_id"
                        + " WHERE s.purchaser_id = o.purchaser_id AND s.share_year = o.share_year"
                        + " AND s.status IN ('SUBMITTED', 'APPROVED') AND u.purchaser_type = 'BUDGET_UNIT')",
                (rs, n) -> new long[] {rs.getInt(1), rs.getLong(2)});
        if (changed.size() > BULK) {
            rebuild();
            return changed.size();
        }
        rewrite(changed);
        return changed.size();
    }

    /**
     * Rewrites the share and completion rows of these unit-years ({share_year, purchaser_id} each) from the shares and
     * purchasers now: after an import of shares or a review, in its transaction.
     */
    void rewrite(List<long[]> unitYears) {
        Map<Integer, List<Long>> byYear = new TreeMap<>();
        unitYears.forEach(c -> byYear.computeIfAbsent((int) c[0], y -> new ArrayList<>()).add(c[1]));
        byYear.forEach((year, ids) -> {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                rewrite(year, ids.subList(from, Math.min(ids.size(), from + CHUNK)));
            }
        });
    }

    private void rewrite(int year, List<Long> ids) {
        var marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        // By primary key, grain by grain, so that no period is scanned for the units.
        var periods = Map.of("Y", List.of(year),
                "Q", java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(q -> year * 10 + q).toList(),
                "M", java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> year * 100 + m).toList());
        periods.forEach((grain, grainKeys) -> {
            var params = new ArrayList<Object>(grainKeys);
            params.addAll(ids);
            jdbc.update("DELETE FROM rollup_unit_completion WHERE grain = '" + grain + "' AND period_key IN ("
                    + String.join(", ", Collections.nCopies(grainKeys.size(), "?")) + ") AND purchaser_id IN ("
                    + marks + ")", params.toArray());
        });
        var params = new ArrayList<Object>();
        params.add(year);
        params.addAll(ids);
        jdbc.update("DELETE FROM rollup_unit_share WHERE share_year = ? AND purchaser_id IN (" + marks + ")",
                params.toArray());
        jdbc.update("INSERT INTO rollup_unit_share (" + SHARE_COLUMNS + ") " + CURRENT_SHARES
                + " AND s.share_year = ? AND u.id IN (" + marks + ")" + CURRENT_GROUP, params.toArray());
        jdbc.update(completionsOf(" AND us.share_year = ? AND us.purchaser_id IN (" + marks + ")"), params.toArray());
    }
}
