package cn.gov.hlj.consumptionaid.metrics.query;

import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.metrics.query.Measure.Lens;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Figures of the purchaser registry and the reserved shares, read from their own tables (no import event tells the
 * metrics module when they change; both are small next to the purchases): registered purchasers, reserved amounts,
 * units that reserved nothing, units below a completion rate.
 */
@Component
class RegistryQueries {

    /** The reserved shares that count: submitted or approved (drafts and returned ones do not). */
    static final String COUNTED_SHARE = " s.share_year = ? AND s.status IN ('SUBMITTED', 'APPROVED')";

    private final JdbcTemplate jdbc;

    RegistryQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, BigDecimal> registered(Lens lens, Dimension dimension, Cuts cuts) {
        var columns = Columns.PURCHASER;
        var key = key(columns, dimension);
        var sql = new Sql().add("SELECT " + key + " AS k, COUNT(*) AS v FROM purchaser u WHERE 1 = 1" + lens.and("u"));
        columns.cut(sql, cuts);
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + key));
        return result;
    }

    Map<String, BigDecimal> reserved(Dimension dimension, Cuts cuts, int year) {
        var columns = Columns.PURCHASER;
        var key = key(columns, dimension);
        var sql = new Sql().add("SELECT " + key + " AS k, SUM(s.reserved_amount) AS v FROM reserved_share s"
                + " JOIN purchaser u ON u.id = s.purchaser_id WHERE" + COUNTED_SHARE + Lens.BUDGET_UNIT.and("u"), year);
        columns.cut(sql, cuts);
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + key));
        return result;
    }

    Map<String, BigDecimal> reservingNothing(Dimension dimension, Cuts cuts, int year) {
        var columns = Columns.PURCHASER;
        var key = key(columns, dimension);
        var sql = new Sql().add("SELECT " + key + " AS k, COUNT(*) AS v FROM purchaser u WHERE 1 = 1"
                + Lens.BUDGET_UNIT.and("u") + " AND NOT EXISTS (SELECT 1 FROM reserved_share s"
                + " WHERE s.purchaser_id = u.id AND" + COUNTED_SHARE + " AND s.reserved_amount > 0)", year);
        columns.cut(sql, cuts);
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + key));
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
