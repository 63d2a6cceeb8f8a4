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

    /** Keys as the rollups have them: '' for a missing department or school type, the id for a purchaser. */
    static String key(Columns columns, Dimension dimension) {
        var key = columns.of(dimension);
        return dimension == Dimension.SUPERVISING_DEPARTMENT || dimension == Dimension.SCHOOL_TYPE
                ? "COALESCE(" + key + ", '')" : key;
    }
}
