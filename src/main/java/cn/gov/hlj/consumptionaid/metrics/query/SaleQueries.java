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

    private static void restrict(Sql sql, Measure.Sales measure, Columns columns, Cuts cuts) {
        sql.eq("r.channel_kind", measure.channelKind());
        sql.in("r.channel_code", measure.channels());
        sql.eq("r.buyer_province_code", measure.buyerProvince());
        columns.cut(sql, cuts);
    }
}
