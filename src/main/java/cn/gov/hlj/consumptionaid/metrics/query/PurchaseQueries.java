package cn.gov.hlj.consumptionaid.metrics.query;

import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.metrics.query.Measure.Flag;
import cn.gov.hlj.consumptionaid.metrics.query.Measure.Lens;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.gov.hlj.consumptionaid.metrics.rollup.Cubes;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figures of counted purchases from the rollups: sums by month (whole months) and day (the days at the ends), distinct
 * participating purchasers from the per-period tables, per-purchaser figures, active suppliers. Where a cut needs
 * columns a per-purchaser table lacks, or a distinct count spans days that are no whole month, the raw rows are read
 * for exactly that part.
 */
@Component
class PurchaseQueries {

    static final String COUNTED = " FROM purchase p JOIN purchaser u ON u.id = p.purchaser_id"
            + " WHERE p.status = 'COMPLETED'";

    private final JdbcTemplate jdbc;

    PurchaseQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Sum of amounts (or orders) of counted purchases, by a dimension (null: one total under key ''). */
    Map<String, BigDecimal> sum(Measure.Purchases measure, Dimension dimension, Cuts cuts, Window window) {
        if (dimension == Dimension.PURCHASER) {
            return perPurchaser(measure.lens(), measure.flag(), measure.orders(), cuts, window, 0);
        }
        var result = Figures.empty();
        if (window.hasMonths()) {
            var columns = Columns.purchaseRollup("r.month_key");
            var needed = new HashSet<>(cuts.rollupColumns());
            needed.addAll(Cuts.rollupColumn(dimension));
            needed.addAll(List.of("purchaser_type", "budget_unit_kind"));
            if (!measure.channels().isEmpty()) {
                needed.add("channel_code");
            }
            if (measure.orders() && measure.flag() != Flag.NONE) {
                // Orders of flagged purchases only: the flag must be a column.
                needed.add(measure.flag() == Flag.DONATION ? "donation" : "consignment");
            }
            var cube = Cubes.choose(Cubes.PURCHASE_MONTHS, needed);
            var sql = new Sql().add("SELECT " + columns.of(dimension) + " AS k, SUM(" + value(measure, cube) + ") AS v"
                    + " FROM " + cube.table() + " r WHERE").add(window.monthsIn("r.month_key"));
            restrict(sql, measure, cube, columns, cuts);
            Figures.addAll(result, jdbc, sql.add(" GROUP BY " + columns.of(dimension)));
        }
        for (var edge : window.edges()) {
            var columns = Columns.purchaseRollup(Columns.monthOf("r.on_day"));
            var cube = Cubes.PURCHASE_DAY;
            var sql = new Sql().add("SELECT " + columns.of(dimension) + " AS k, SUM(" + value(measure, cube) + ") AS v"
                    + " FROM " + cube.table() + " r WHERE r.on_day BETWEEN ? AND ?", edge.from(), edge.to());
            restrict(sql, measure, cube, columns, cuts);
            Figures.addAll(result, jdbc, sql.add(" GROUP BY " + columns.of(dimension)));
        }
        return result;
    }

    /** What a cube sums for the measure: orders, the amount, or the flagged amount where the cube sums flags. */
    private static String value(Measure.Purchases measure, Cubes.Cube cube) {
        if (measure.orders()) {
            return "r.orders";
        }
        if (cube.flagSums() && measure.flag() == Flag.DONATION) {
            return "r.donation_amount";
        }
        if (cube.flagSums() && measure.flag() == Flag.CONSIGNMENT) {
            return "r.consignment_amount";
        }
        return "r.amount";
    }

    private static void restrict(Sql sql, Measure.Purchases measure, Cubes.Cube cube, Columns columns, Cuts cuts) {
        sql.add(measure.lens().and("r"));
        if (!cube.flagSums() && measure.flag() == Flag.DONATION) {
            sql.add(" AND r.donation = TRUE");
        } else if (!cube.flagSums() && measure.flag() == Flag.CONSIGNMENT) {
            sql.add(" AND r.consignment = TRUE");
        }
        sql.in("r.channel_code", measure.channels());
        columns.cut(sql, cuts);
    }

    /**
     * Per-purchaser amounts (or orders, 以购代捐, 代销) in the period, largest first, at most {@code limit} (0: all);
     * keys are purchaser ids. From the per-period table when no category or channel is cut, else from the raw rows.
     */
    Map<String, BigDecimal> perPurchaser(Lens lens, Flag flag, boolean orders, Cuts cuts, Window window, int limit) {
        var column = orders ? "orders" : switch (flag) {
            case NONE -> "amount";
            case DONATION -> "donation_amount";
            case CONSIGNMENT -> "consignment_amount";
        };
        Sql sql;
        if (cuts.cutsOrderLines()) {
            var rawValue = orders ? "1" : switch (flag) {
                case NONE -> "p.amount";
                case DONATION -> "CASE WHEN p.donation THEN p.amount ELSE 0 END";
                case CONSIGNMENT -> "CASE WHEN p.consignment THEN p.amount ELSE 0 END";
            };
            sql = new Sql().add("SELECT p.purchaser_id AS k, SUM(" + rawValue + ") AS v" + COUNTED
                    + " AND p.order_date BETWEEN ? AND ?", window.period().from(), window.period().to());
            sql.add(lens.and("u"));
            Columns.RAW_PURCHASE.cut(sql, cuts);
            sql.add(" GROUP BY p.purchaser_id");
        } else if (window.perPurchaserExact()) {
            // One calendar unit or year to month: its per-purchaser rows, narrowed by their own copies of the
            // purchaser's attributes.
            sql = new Sql().add("SELECT r.purchaser_id AS k, r." + column + " AS v FROM rollup_purchaser_period r"
                    + " WHERE r.grain = ? AND r.period_key = ?" + lens.and("r"), window.perPurchaserGrain(),
                    window.perPurchaserKey());
            Columns.PURCHASER_ROLLUP.cut(sql, cuts);
        } else {
            sql = new Sql().add("SELECT c.purchaser_id AS k, c." + column + " AS v FROM ");
            perPurchaserTable(sql, window);
            sql.add(" c JOIN purchaser u ON u.id = c.purchaser_id WHERE 1 = 1" + lens.and("u"));
            Columns.PURCHASER.cut(sql, cuts);
        }
        // Largest first, ties by the higher id: the order of the ranking indexes (V46) read backwards, so that the top
        // rows of a period need no sort of all its rows.
        var wrapped = new Sql().add("SELECT k, v FROM (").add(sql).add(") x WHERE v <> 0 ORDER BY v DESC, k DESC");
        if (limit > 0) {
            wrapped.add(" LIMIT ?", limit);
        }
        var result = Figures.empty();
        Figures.addAll(result, jdbc, wrapped);
        return result;
    }

    /**
     * Appends a derived table of the counted purchases per purchaser in the window: columns purchaser_id, amount,
     * orders, donation_amount, consignment_amount. One period row when the window is one calendar unit or year to
     * month; else the monthly rows plus the raw rows of the days at the ends.
     */
    static void perPurchaserTable(Sql sql, Window window) {
        if (window.perPurchaserExact()) {
            sql.add("(SELECT purchaser_id, amount, orders, donation_amount, consignment_amount"
                    + " FROM rollup_purchaser_period WHERE grain = ? AND period_key = ?)",
                    window.perPurchaserGrain(), window.perPurchaserKey());
            return;
        }
        sql.add("(SELECT purchaser_id, SUM(amount) AS amount, SUM(orders) AS orders,"
                + " SUM(donation_amount) AS donation_amount, SUM(consignment_amount) AS consignment_amount FROM (");
        boolean first = true;
        if (window.hasMonths()) {
            sql.add("SELECT purchaser_id, amount, orders, donation_amount, consignment_amount"
                            + " FROM rollup_purchaser_period WHERE grain = 'M' AND period_key BETWEEN ? AND ?",
                    window.firstMonthKey(), window.lastMonthKey());
            first = false;
        }
        for (var edge : window.edges()) {
            sql.add(first ? "" : " UNION ALL ");
            sql.add("SELECT p.purchaser_id AS purchaser_id, p.amount AS amount, 1 AS orders,"
                    + " CASE WHEN p.donation THEN p.amount ELSE 0 END AS donation_amount,"
                    + " CASE WHEN p.consignment THEN p.amount ELSE 0 END AS consignment_amount FROM purchase p"
                    + " WHERE p.status = 'COMPLETED' AND p.order_date BETWEEN ? AND ?", edge.from(), edge.to());
            first = false;
        }
        sql.add(") w GROUP BY purchaser_id)");
    }

    /** Distinct purchasers with counted purchases in the period, by a dimension. */
    Map<String, BigDecimal> participants(Lens lens, Dimension dimension, Cuts cuts, Window window) {
        var result = Figures.empty();
        if (dimension == Dimension.MONTH) {
            // Each whole month from its participation rows; a partial month at either end from the raw rows.
            if (window.hasMonths()) {
                var sql = new Sql().add("SELECT r.period_key AS k, SUM(r.purchasers) AS v FROM rollup_participation r"
                        + " WHERE r.grain = 'M' AND").add(window.monthsIn("r.period_key"));
                sql.add(lens.and("r"));
                Columns.PURCHASER_ROLLUP.cut(sql, cuts);
                Figures.addAll(result, jdbc, sql.add(" GROUP BY r.period_key"));
            }
            for (var edge : window.edges()) {
                var month = Columns.RAW_PURCHASE.of(Dimension.MONTH);
                var sql = new Sql().add("SELECT " + month + " AS k, COUNT(DISTINCT p.purchaser_id) AS v" + COUNTED
                        + " AND p.order_date BETWEEN ? AND ?", edge.from(), edge.to());
                sql.add(lens.and("u"));
                Columns.RAW_PURCHASE.cut(sql, cuts);
                Figures.addAll(result, jdbc, sql.add(" GROUP BY " + month));
            }
            return result;
        }
        if (window.perPurchaserExact()) {
            var columns = Columns.PURCHASER_ROLLUP;
            var sql = new Sql().add("SELECT " + columns.of(dimension) + " AS k, SUM(r.purchasers) AS v"
                    + " FROM rollup_participation r WHERE r.grain = ? AND r.period_key = ?",
                    window.perPurchaserGrain(), window.perPurchaserKey());
            sql.add(lens.and("r"));
            columns.cut(sql, cuts);
            Figures.addAll(result, jdbc, sql.add(" GROUP BY " + columns.of(dimension)));
            return result;
        }
        // Neither a calendar unit nor year to month: distinct purchasers over the monthly rows and the raw rows of the end days together.
        var union = new Sql();
        boolean first = true;
        if (window.hasMonths()) {
            var columns = Columns.PURCHASER_ROLLUP;
            union.add("SELECT " + columns.of(dimension) + " AS k, r.purchaser_id AS pid FROM rollup_purchaser_period r"
                    + " WHERE r.grain = 'M' AND r.period_key BETWEEN ? AND ?", window.firstMonthKey(),
                    window.lastMonthKey());
            union.add(lens.and("r"));
            columns.cut(union, cuts);
            first = false;
        }
        for (var edge : window.edges()) {
            var columns = Columns.RAW_PURCHASE;
            union.add(first ? "" : " UNION ALL ");
            union.add("SELECT " + rawKey(columns, dimension) + " AS k, p.purchaser_id AS pid" + COUNTED
                    + " AND p.order_date BETWEEN ? AND ?", edge.from(), edge.to());
            union.add(lens.and("u"));
            columns.cut(union, cuts);
            first = false;
        }
        var sql = new Sql().add("SELECT k, COUNT(DISTINCT pid) AS v FROM (").add(union).add(") x GROUP BY k");
        Figures.addAll(result, jdbc, sql);
        return result;
    }

    /** The raw rows' key, with '' for a missing department or school type as the rollups store it. */
    private static String rawKey(Columns columns, Dimension dimension) {
        var key = columns.of(dimension);
        return dimension == Dimension.SUPERVISING_DEPARTMENT || dimension == Dimension.SCHOOL_TYPE
                ? "COALESCE(" + key + ", '')" : key;
    }

    /** Distinct suppliers with counted purchases through these channels in the period, by a dimension. */
    Map<String, BigDecimal> activeSuppliers(Set<String> channels, Dimension dimension, Cuts cuts, Window window) {
        var result = Figures.empty();
        boolean counted = channels.equals(Set.copyOf(cn.gov.hlj.consumptionaid.metrics.rollup.RollupWriter.PLATFORMS))
                && cuts.channel() == null && (dimension == null || dimension == Dimension.CITY
                || dimension == Dimension.COUNTY || dimension == Dimension.MONTH);
        if (counted && (window.exact() || dimension == Dimension.MONTH)) {
            // The platforms' suppliers without a channel cut: their distinct counts per period and county.
            var columns = Columns.SUPPLIER_ROLLUP;
            if (dimension == Dimension.MONTH) {
                if (window.hasMonths()) {
                    var sql = new Sql().add("SELECT r.period_key AS k, SUM(r.suppliers) AS v"
                            + " FROM rollup_platform_supplier_count r WHERE r.grain = 'M' AND r.period_key BETWEEN ? AND ?",
                            window.firstMonthKey(), window.lastMonthKey());
                    cuts.region(sql, "r.region_code", "r.city_code");
                    Figures.addAll(result, jdbc, sql.add(" GROUP BY r.period_key"));
                }
                var raw = Columns.RAW_SUPPLIER;
                for (var edge : window.edges()) {
                    var month = raw.of(Dimension.MONTH);
                    var sql = new Sql().add("SELECT " + month + " AS k, COUNT(DISTINCT p.supplier_id) AS v"
                            + " FROM purchase p JOIN market_entity m ON m.id = p.supplier_id"
                            + " WHERE p.status = 'COMPLETED' AND p.order_date BETWEEN ? AND ?", edge.from(), edge.to());
                    sql.in("p.channel_code", channels);
                    raw.cut(sql, cuts);
                    Figures.addAll(result, jdbc, sql.add(" GROUP BY " + month));
                }
                return result;
            }
            var sql = new Sql().add("SELECT " + columns.of(dimension) + " AS k, SUM(r.suppliers) AS v"
                    + " FROM rollup_platform_supplier_count r WHERE r.grain = ? AND r.period_key = ?",
                    window.exactGrain(), window.exactKey());
            cuts.region(sql, "r.region_code", "r.city_code");
            Figures.addAll(result, jdbc, sql.add(" GROUP BY " + columns.of(dimension)));
            return result;
        }
        var rollup = Columns.SUPPLIER_ROLLUP;
        var raw = Columns.RAW_SUPPLIER;
        var rawFrom = " FROM purchase p JOIN market_entity m ON m.id = p.supplier_id"
                + " WHERE p.status = 'COMPLETED' AND p.order_date BETWEEN ? AND ?";
        if (dimension == Dimension.MONTH) {
            if (window.hasMonths()) {
                var sql = new Sql().add("SELECT r.period_key AS k, COUNT(DISTINCT r.supplier_id) AS v"
                        + " FROM rollup_supplier_period r WHERE r.grain = 'M' AND r.period_key BETWEEN ? AND ?",
                        window.firstMonthKey(), window.lastMonthKey());
                sql.in("r.channel_code", channels);
                rollup.cut(sql, cuts);
                Figures.addAll(result, jdbc, sql.add(" GROUP BY r.period_key"));
            }
            for (var edge : window.edges()) {
                var month = raw.of(Dimension.MONTH);
                var sql = new Sql().add("SELECT " + month + " AS k, COUNT(DISTINCT p.supplier_id) AS v" + rawFrom,
                        edge.from(), edge.to());
                sql.in("p.channel_code", channels);
                raw.cut(sql, cuts);
                Figures.addAll(result, jdbc, sql.add(" GROUP BY " + month));
            }
            return result;
        }
        var union = new Sql();
        boolean first = true;
        if (window.exact() || window.hasMonths()) {
            union.add("SELECT " + rollup.of(dimension) + " AS k, r.supplier_id AS sid FROM rollup_supplier_period r");
            if (window.exact()) {
                union.add(" WHERE r.grain = ? AND r.period_key = ?", window.exactGrain(), window.exactKey());
            } else {
                union.add(" WHERE r.grain = 'M' AND r.period_key BETWEEN ? AND ?", window.firstMonthKey(),
                        window.lastMonthKey());
            }
            union.in("r.channel_code", channels);
            rollup.cut(union, cuts);
            first = false;
        }
        if (!window.exact()) {
            for (var edge : window.edges()) {
                union.add(first ? "" : " UNION ALL ");
                union.add("SELECT " + raw.of(dimension) + " AS k, p.supplier_id AS sid" + rawFrom, edge.from(),
                        edge.to());
                union.in("p.channel_code", channels);
                raw.cut(union, cuts);
                first = false;
            }
        }
        var sql = new Sql().add("SELECT k, COUNT(DISTINCT sid) AS v FROM (").add(union).add(") x GROUP BY k");
        Figures.addAll(result, jdbc, sql);
        return result;
    }
}
