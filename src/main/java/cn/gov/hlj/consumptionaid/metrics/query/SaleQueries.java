package cn.gov.hlj.consumptionaid.metrics.query;

import cn.gov.hlj.consumptionaid.metrics.Dimension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.gov.hlj.consumptionaid.metrics.rollup.Cubes;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;

/** Figures of sales from the sale rollups: whole months from the monthly table, the end days from the daily one. */
@Component
class SaleQueries {

    private final JdbcTemplate jdbc;

    SaleQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, BigDecimal> sum(Measure.Sales measure, Dimension dimension, Cuts cuts, Window window) {
        var result = Figures.empty();
        var value = measure.records() ? "r.records" : "r.amount";
        if (window.hasMonths()) {
            var columns = Columns.saleRollup("r.month_key");
            var needed = new HashSet<>(cuts.rollupColumns());
            needed.addAll(Cuts.rollupColumn(dimension));
            if (measure.channelKind() != null) {
                needed.add("channel_kind");
            }
            if (!measure.channels().isEmpty()) {
                needed.add("channel_code");
            }
            if (measure.buyerProvince() != null) {
                needed.add("buyer_province_code");
            }
            var cube = Cubes.choose(Cubes.SALE_MONTHS, needed);
            var sql = new Sql().add("SELECT " + columns.of(dimension) + " AS k, SUM(" + value + ") AS v"
                    + " FROM " + cube.table() + " r WHERE").add(window.monthsIn("r.month_key"));
            restrict(sql, measure, columns, cuts);
            Figures.addAll(result, jdbc, sql.add(" GROUP BY " + columns.of(dimension)));
        }
        for (var edge : window.edges()) {
            var columns = Columns.saleRollup(Columns.monthOf("r.on_day"));
            var sql = new Sql().add("SELECT " + columns.of(dimension) + " AS k, SUM(" + value + ") AS v"
                    + " FROM rollup_sale_day r WHERE r.on_day BETWEEN ? AND ?", edge.from(), edge.to());
            restrict(sql, measure, columns, cuts);
            Figures.addAll(result, jdbc, sql.add(" GROUP BY " + columns.of(dimension)));
        }
        return result;
    }

    /** The catalog products sold per period and channel (V62) under alias r: the product's county and category. */
    static final Columns SALE_PRODUCT = new Columns("r.region_code", "r.city_code", true, "r.category_code",
            "r.channel_code", null, null, null, "r.period_key", null);

    /** The distinct products sold per period, channel kind, county and category (V63) under alias r. */
    static final Columns SALE_PRODUCT_COUNT = new Columns("r.region_code", "r.city_code", true, "r.category_code",
            null, null, null, null, "r.period_key", null);

    /** Raw sales s of a catalog product a, by the product's county and category. */
    static final Columns RAW_SALE_PRODUCT = new Columns("a.county_code", Columns.city("a.county_code"), false,
            "a.category_code", "s.channel_code", null, null, null, Columns.monthOf("s.sale_date"), null);

    /** The distinct products of each part-month at the ends of the window, from the raw sales, by month. */
    private void addEdgeMonths(Map<String, BigDecimal> result, String channelKind, Cuts cuts, Window window) {
        for (var edge : window.edges()) {
            var month = RAW_SALE_PRODUCT.of(Dimension.MONTH);
            var sql = new Sql().add("SELECT " + month + " AS k, COUNT(DISTINCT s.product_id) AS v")
                    .add(rawProductSales(channelKind, edge.from(), edge.to()));
            RAW_SALE_PRODUCT.cut(sql, cuts);
            Figures.addAll(result, jdbc, sql.add(" GROUP BY " + month));
        }
    }

    /** Raw sales of catalog products through a channel kind within a date range (the ends of a window). */
    static Sql rawProductSales(String channelKind, java.time.LocalDate from, java.time.LocalDate to) {
        return new Sql().add(" FROM sale s JOIN sales_channel c ON c.code = s.channel_code"
                + " JOIN certification_application a ON a.id = s.product_id"
                + " WHERE s.sale_date BETWEEN ? AND ? AND c.kind = ?", from, to, channelKind);
    }

    /**
     * Distinct catalog products sold through a channel kind in the period, by a dimension. Without a channel (cut or
     * breakdown), one calendar month, quarter or year, and each whole month of a monthly breakdown, sum the counts of
     * rollup_sale_product_count; with a channel, one calendar unit counts its own rows of rollup_sale_product_period;
     * other periods count distinct products over the month rows and the raw sales of the days at the ends.
     */
    Map<String, BigDecimal> productsSold(String channelKind, Dimension dimension, Cuts cuts, Window window) {
        var result = Figures.empty();
        var rollup = SALE_PRODUCT;
        var raw = RAW_SALE_PRODUCT;
        // Only the grains this table has (a window of another grain reads the months and the ends).
        boolean exact = window.exact() && java.util.Set.of("M", "Q", "Y").contains(window.exactGrain());
        // Without a channel, the per-period counts add up over counties and categories (a product has one of each).
        boolean counts = cuts.channel() == null && dimension != Dimension.CHANNEL;
        if (counts && (exact || dimension == Dimension.MONTH)) {
            var columns = SALE_PRODUCT_COUNT;
            if (window.hasMonths() || exact) {
                var grain = dimension == Dimension.MONTH ? "M" : window.exactGrain();
                var sql = new Sql().add("SELECT " + columns.of(dimension) + " AS k, SUM(r.products) AS v"
                        + " FROM rollup_sale_product_count r WHERE r.grain = ? AND r.channel_kind = ?", grain,
                        channelKind);
                if (dimension == Dimension.MONTH) {
                    sql.add(" AND r.period_key BETWEEN ? AND ?", window.firstMonthKey(), window.lastMonthKey());
                } else {
                    sql.add(" AND r.period_key = ?", window.exactKey());
                }
                columns.cut(sql, cuts);
                Figures.addAll(result, jdbc, sql.add(" GROUP BY " + columns.of(dimension)));
            }
            if (dimension == Dimension.MONTH) {
                addEdgeMonths(result, channelKind, cuts, window);
            }
            return result;
        }
        if (dimension == Dimension.MONTH) {
            if (window.hasMonths()) {
                var sql = new Sql().add("SELECT r.period_key AS k, COUNT(DISTINCT r.product_id) AS v"
                        + " FROM rollup_sale_product_period r WHERE r.grain = 'M' AND r.period_key BETWEEN ? AND ?"
                        + " AND r.channel_kind = ?", window.firstMonthKey(), window.lastMonthKey(), channelKind);
                rollup.cut(sql, cuts);
                Figures.addAll(result, jdbc, sql.add(" GROUP BY r.period_key"));
            }
            addEdgeMonths(result, channelKind, cuts, window);
            return result;
        }
        if (exact) {
            var sql = new Sql().add("SELECT " + rollup.of(dimension) + " AS k, COUNT(DISTINCT r.product_id) AS v"
                    + " FROM rollup_sale_product_period r WHERE r.grain = ? AND r.period_key = ?"
                    + " AND r.channel_kind = ?", window.exactGrain(), window.exactKey(), channelKind);
            rollup.cut(sql, cuts);
            Figures.addAll(result, jdbc, sql.add(" GROUP BY " + rollup.of(dimension)));
            return result;
        }
        var union = new Sql();
        boolean first = true;
        if (window.hasMonths()) {
            union.add("SELECT " + rollup.of(dimension) + " AS k, r.product_id AS pid FROM rollup_sale_product_period r"
                    + " WHERE r.grain = 'M' AND r.period_key BETWEEN ? AND ? AND r.channel_kind = ?",
                    window.firstMonthKey(), window.lastMonthKey(), channelKind);
            rollup.cut(union, cuts);
            first = false;
        }
        for (var edge : window.edges()) {
            union.add(first ? "" : " UNION ALL ");
            union.add("SELECT " + raw.of(dimension) + " AS k, s.product_id AS pid")
                    .add(rawProductSales(channelKind, edge.from(), edge.to()));
            raw.cut(union, cuts);
            first = false;
        }
        var sql = new Sql().add("SELECT k, COUNT(DISTINCT pid) AS v FROM (").add(union).add(") x GROUP BY k");
        Figures.addAll(result, jdbc, sql);
        return result;
    }

    private static void restrict(Sql sql, Measure.Sales measure, Columns columns, Cuts cuts) {
        sql.eq("r.channel_kind", measure.channelKind());
        sql.in("r.channel_code", measure.channels());
        sql.eq("r.buyer_province_code", measure.buyerProvince());
        columns.cut(sql, cuts);
    }
}
