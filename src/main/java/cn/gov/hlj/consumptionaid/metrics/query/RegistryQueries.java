package cn.gov.hlj.consumptionaid.metrics.query;

import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.metrics.query.Measure.Lens;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Figures of the purchaser registry and the reserved shares: registered purchasers, reserved amounts and units that
 * reserved nothing from the registry rollups (kept fresh by RegistryRollups before a figure is read); per-unit figures
 * (a unit's share, units below a completion rate) from the shares themselves.
 */
@Component
class RegistryQueries {

    /** The reserved shares that count: submitted or approved (drafts and returned ones do not). */
    static final String COUNTED_SHARE = " s.share_year = ? AND s.status IN ('SUBMITTED', 'APPROVED')";

    private final JdbcTemplate jdbc;

    RegistryQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Registered purchasers of a lens, from the registry rollup. */
    Map<String, BigDecimal> registered(Lens lens, Dimension dimension, Cuts cuts) {
        var columns = Columns.PURCHASER_COUNT;
        var key = columns.of(dimension);
        var sql = new Sql().add("SELECT " + key + " AS k, SUM(r.units) AS v FROM rollup_purchaser_count r WHERE 1 = 1"
                + lens.and("r"));
        columns.cut(sql, cuts);
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + key));
        return result;
    }

    /** Budget units' counted reserved shares of a year: from the registry rollup, per unit from the shares. */
    Map<String, BigDecimal> reserved(Dimension dimension, Cuts cuts, int year) {
        if (dimension != Dimension.PURCHASER) {
            return shareTotals(dimension, cuts, year, "reserved_amount");
        }
        var columns = Columns.PURCHASER;
        var key = key(columns, dimension);
        var sql = new Sql().add("SELECT " + key + " AS k, SUM(s.reserved_amount) AS v FROM reserved_share s"
                + " JOIN purchaser u ON u.id = s.purchaser_id WHERE" + COUNTED_SHARE + Lens.BUDGET_UNIT.and("u"), year);
        columns.cut(sql, cuts);
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + key));
        return result;
    }

    private Map<String, BigDecimal> shareTotals(Dimension dimension, Cuts cuts, int year, String column) {
        var columns = Columns.SHARE_TOTAL;
        var key = columns.of(dimension);
        var sql = new Sql().add("SELECT " + key + " AS k, SUM(r." + column + ") AS v FROM rollup_share_total r"
                + " WHERE r.share_year = ?", year);
        columns.cut(sql, cuts);
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + key));
        return result;
    }

    /** Registered budget units minus those with a counted share above zero for the year, by key. */
    Map<String, BigDecimal> reservingNothing(Dimension dimension, Cuts cuts, int year) {
        var reserved = shareTotals(dimension, cuts, year, "units_reserved");
        var result = Figures.empty();
        registered(Lens.BUDGET_UNIT, dimension, cuts).forEach((key, units) -> {
            var nothing = units.subtract(reserved.getOrDefault(key, BigDecimal.ZERO));
            if (nothing.signum() > 0) {
                result.put(key, nothing);
            }
        });
        return result;
    }

    Map<String, BigDecimal> belowRate(Dimension dimension, Cuts cuts, Window window, int year) {
        if (completionRows(window, cuts)) {
            return belowRateFromCompletions(dimension, cuts, window, year);
        }
        var columns = Columns.PURCHASER;
        var key = key(columns, dimension);
        var sql = new Sql().add("SELECT " + key + " AS k, COUNT(*) AS v FROM reserved_share s"
                + " JOIN purchaser u ON u.id = s.purchaser_id LEFT JOIN ");
        PurchaseQueries.perPurchaserTable(sql, window);
        sql.add(" c ON c.purchaser_id = u.id WHERE" + COUNTED_SHARE + Lens.BUDGET_UNIT.and("u")
                + " AND s.reserved_amount > 0 AND COALESCE(c.amount, 0) * 100 < ? * s.reserved_amount", year,
                cuts.threshold());
        columns.cut(sql, cuts);
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + key));
        return result;
    }

    /**
     * The condition (after the joins of {@link PurchaseQueries#perPurchaserTable} as c, reserved_share s, purchaser u)
     * of a 示范单位 candidate: a counted share above zero whose counted purchases in the period reach it.
     */
    static final String REACHED_SHARE = COUNTED_SHARE + Lens.BUDGET_UNIT.and("u")
            + " AND s.reserved_amount > 0 AND COALESCE(c.amount, 0) >= s.reserved_amount";

    /**
     * Budget units whose counted purchases in the period reach their counted reserved share (above zero) of the year:
     * from the completion rows when the period is one calendar month, quarter or year, else per unit from the shares
     * and the per-purchaser amounts.
     */
    Map<String, BigDecimal> reachedShare(Dimension dimension, Cuts cuts, Window window, int year) {
        var result = Figures.empty();
        if (window.exact()) {
            var columns = Columns.UNIT_COMPLETION;
            var key = columns.of(dimension);
            var sql = new Sql().add("SELECT " + key + " AS k, COUNT(*) AS v FROM rollup_unit_completion c"
                    + " WHERE c.grain = ? AND c.period_key = ? AND c.rate >= 100"
                    + " AND c.completed_amount >= c.reserved_amount", window.exactGrain(), window.exactKey());
            columns.cut(sql, cuts);
            Figures.addAll(result, jdbc, sql.add(" GROUP BY " + key));
            return result;
        }
        var columns = Columns.PURCHASER;
        var key = key(columns, dimension);
        var sql = new Sql().add("SELECT " + key + " AS k, COUNT(*) AS v FROM reserved_share s"
                + " JOIN purchaser u ON u.id = s.purchaser_id LEFT JOIN ");
        PurchaseQueries.perPurchaserTable(sql, window);
        sql.add(" c ON c.purchaser_id = u.id WHERE" + REACHED_SHARE, year);
        columns.cut(sql, cuts);
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + key));
        return result;
    }

    /**
     * Whether a per-unit figure can read the completion rows: the period is one calendar month, quarter or year, and
     * the threshold has at most the rate's 6 decimals (so that the rounded rate bounds the exact comparison).
     */
    static boolean completionRows(Window window, Cuts cuts) {
        return window.exact() && cuts.threshold().stripTrailingZeros().scale() <= 6;
    }

    /** Thresholds from here up count the units at or above the rate and subtract them from the units that reserved. */
    private static final BigDecimal COMPLEMENT_FROM = BigDecimal.valueOf(50);

    /**
     * Units below the threshold from their completion rows: a range read on the rate index, exactly decided by
     * completed × 100 < t × reserved. For a high threshold (most units below it) the units at or above it are counted
     * and subtracted from the units with a share above zero (rollup_share_total, refreshed with the completion rows),
     * so that either way the read covers the smaller side of a typical distribution.
     */
    private Map<String, BigDecimal> belowRateFromCompletions(Dimension dimension, Cuts cuts, Window window, int year) {
        var columns = Columns.UNIT_COMPLETION;
        var key = columns.of(dimension);
        var threshold = cuts.threshold();
        boolean complement = threshold.compareTo(COMPLEMENT_FROM) >= 0;
        var sql = new Sql().add("SELECT " + key + " AS k, COUNT(*) AS v FROM rollup_unit_completion c"
                + " WHERE c.grain = ? AND c.period_key = ?", window.exactGrain(), window.exactKey());
        if (complement) {
            sql.add(" AND c.rate >= ? AND c.completed_amount * 100 >= ? * c.reserved_amount", threshold, threshold);
        } else {
            sql.add(" AND c.rate <= ? AND c.completed_amount * 100 < ? * c.reserved_amount", threshold, threshold);
        }
        columns.cut(sql, cuts);
        var counted = Figures.empty();
        Figures.addAll(counted, jdbc, sql.add(" GROUP BY " + key));
        if (!complement) {
            return counted;
        }
        var result = Figures.empty();
        shareTotals(dimension, cuts, year, "units_reserved").forEach((k, units) -> {
            var below = units.subtract(counted.getOrDefault(k, BigDecimal.ZERO));
            if (below.signum() > 0) {
                result.put(k, below);
            }
        });
        return result;
    }

    /** Keys as the rollups have them: '' for a missing department or school type, the id for a purchaser. */
    static String key(Columns columns, Dimension dimension) {
        var key = columns.of(dimension);
        return dimension == Dimension.SUPERVISING_DEPARTMENT || dimension == Dimension.SCHOOL_TYPE
                ? "COALESCE(" + key + ", '')" : key;
    }
}
