package cn.gov.hlj.consumptionaid.metrics.query;

import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import cn.gov.hlj.consumptionaid.metrics.query.Measure.Flag;
import cn.gov.hlj.consumptionaid.metrics.query.Measure.Lens;
import cn.gov.hlj.consumptionaid.shared.time.Period;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The benchmark's baseline: the same figures as {@link IndicatorEngine}, computed by plain GROUP BY on the raw
 * purchase and sale tables (joined to their purchasers, suppliers and channels), without any rollup. Figures that the
 * engine already reads from their own tables (registry, reserved shares, catalog) are computed the same way.
 */
final class RawFigures {

    private final JdbcTemplate jdbc;
    private final RegistryQueries registry;
    private final CatalogQueries catalog;

    RawFigures(JdbcTemplate jdbc, RegistryQueries registry, CatalogQueries catalog) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.catalog = catalog;
    }

    /** The value and the previous period's value (as the engine's {@code value}). */
    BigDecimal[] value(Indicator indicator, IndicatorFilter filter, DataScope scope) {
        var cuts = Cuts.of(indicator, filter, scope);
        var value = total(indicator, cuts, filter.period());
        var previous = indicator.periodic() ? total(indicator, cuts, filter.period().previous()) : null;
        return new BigDecimal[] {value, previous};
    }

    Map<String, BigDecimal> breakdown(Indicator indicator, Dimension dimension, IndicatorFilter filter,
                                      DataScope scope, int limit) {
        return compute(indicator, dimension, Cuts.of(indicator, filter, scope), filter.period(), limit);
    }

    /** Budget units with their completion (the engine's {@code unitCompletions}), lowest first, one page. */
    int unitCompletions(IndicatorFilter filter, DataScope scope, int pageSize) {
        var cuts = Cuts.of(Indicator.FINANCE_COMPLETION_RATE, filter, scope);
        var period = filter.period();
        var sql = new Sql().add("SELECT u.id, COALESCE(s.reserved_amount, 0) AS reserved, COALESCE(c.amount, 0)"
                + " AS completed FROM purchaser u LEFT JOIN reserved_share s ON s.purchaser_id = u.id AND"
                + RegistryQueries.COUNTED_SHARE + " LEFT JOIN (SELECT p.purchaser_id, SUM(p.amount) AS amount"
                + " FROM purchase p WHERE p.status = 'COMPLETED' AND p.order_date BETWEEN ? AND ?"
                + " GROUP BY p.purchaser_id) c ON c.purchaser_id = u.id WHERE 1 = 1" + Lens.BUDGET_UNIT.and("u")
                + " AND s.reserved_amount > 0 AND COALESCE(c.amount, 0) * 100 < ? * s.reserved_amount",
                period.to().getYear(), period.from(), period.to(), cuts.threshold());
        Columns.PURCHASER.cut(sql, cuts);
        sql.add(" ORDER BY COALESCE(c.amount, 0) / s.reserved_amount, u.code LIMIT ?", pageSize);
        return jdbc.queryForList(sql.text(), sql.params()).size();
    }

    private BigDecimal total(Indicator indicator, Cuts cuts, Period period) {
        var value = compute(indicator, null, cuts, period, 0).get(Figures.TOTAL);
        return value == null ? BigDecimal.ZERO : value;
    }

    private Map<String, BigDecimal> compute(Indicator indicator, Dimension dimension, Cuts cuts, Period period,
                                            int limit) {
        int year = period.to().getYear();
        return switch (Measure.of(indicator)) {
            case Measure.Purchases m -> purchases(m.lens(), m.flag(), m.channels(), m.orders(), dimension, cuts,
                    period, limit);
            case Measure.Participants m -> participants(m.lens(), dimension, cuts, period);
            case Measure.ParticipationRate m -> Figures.percentages(participants(m.lens(), dimension, cuts, period),
                    registry.registered(m.lens(), dimension, cuts));
            case Measure.CompletionRate m -> Figures.percentages(
                    purchases(Lens.BUDGET_UNIT, Flag.NONE, java.util.Set.of(), false, dimension, cuts, period, 0),
                    registry.reserved(dimension, cuts, year));
            case Measure.UnitsBelowRate m -> belowRate(dimension, cuts, period);
            case Measure.ActiveSuppliers m -> suppliers(m.channels(), dimension, cuts, period);
            case Measure.Sales m -> sales(m, dimension, cuts, period);
            case Measure.Registered m -> registry.registered(m.lens(), dimension, cuts);
            case Measure.Reserved m -> registry.reserved(dimension, cuts, year);
            case Measure.UnitsReservingNothing m -> registry.reservingNothing(dimension, cuts, year);
            case Measure.Products m -> catalog.products(m.set(), dimension, cuts, period);
            case Measure.Complaints m -> catalog.complaints(m.set(), dimension, cuts, period);
            case Measure.Entities m -> catalog.entities(m.set(), dimension, cuts);
            case Measure.Outlets m -> catalog.outlets(dimension, cuts);
            case Measure.ExhibitionDeals m -> catalog.deals(dimension, cuts, period);
            case Measure.EntitiesOfType m -> catalog.entitiesOfType(m.entityType(), dimension, cuts);
            case Measure.ListedSuppliers m -> catalog.listedSuppliers(dimension, cuts);
            case Measure.GuangdongOutlets m -> catalog.guangdongOutlets(dimension, cuts);
            case Measure.ProductsSold m -> productsSold(m.channelKind(), dimension, cuts, period);
            case Measure.ModelUnitCandidates m -> modelUnits(dimension, cuts, period);
        };
    }

    private static String key(Columns columns, Dimension dimension) {
        return RegistryQueries.key(columns, dimension);
    }

    private Map<String, BigDecimal> purchases(Lens lens, Flag flag, java.util.Set<String> channels, boolean orders,
                                              Dimension dimension, Cuts cuts, Period period, int limit) {
        var columns = Columns.RAW_PURCHASE;
        var key = key(columns, dimension);
        var sql = new Sql().add("SELECT " + key + " AS k, " + (orders ? "COUNT(*)" : "SUM(p.amount)") + " AS v"
                + PurchaseQueries.COUNTED + " AND p.order_date BETWEEN ? AND ?" + lens.and("u"), period.from(),
                period.to());
        if (flag == Flag.DONATION) {
            sql.add(" AND p.donation = TRUE");
        } else if (flag == Flag.CONSIGNMENT) {
            sql.add(" AND p.consignment = TRUE");
        }
        sql.in("p.channel_code", channels);
        columns.cut(sql, cuts);
        sql.add(" GROUP BY " + key);
        if (limit > 0) {
            sql.add(" ORDER BY v DESC LIMIT ?", limit);
        }
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql);
        return result;
    }

    private Map<String, BigDecimal> participants(Lens lens, Dimension dimension, Cuts cuts, Period period) {
        var columns = Columns.RAW_PURCHASE;
        var key = key(columns, dimension);
        var sql = new Sql().add("SELECT " + key + " AS k, COUNT(DISTINCT p.purchaser_id) AS v" + PurchaseQueries.COUNTED
                + " AND p.order_date BETWEEN ? AND ?" + lens.and("u"), period.from(), period.to());
        columns.cut(sql, cuts);
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + key));
        return result;
    }

    private Map<String, BigDecimal> belowRate(Dimension dimension, Cuts cuts, Period period) {
        var columns = Columns.PURCHASER;
        var key = key(columns, dimension);
        var sql = new Sql().add("SELECT " + key + " AS k, COUNT(*) AS v FROM reserved_share s"
                + " JOIN purchaser u ON u.id = s.purchaser_id LEFT JOIN (SELECT p.purchaser_id, SUM(p.amount) AS amount"
                + " FROM purchase p WHERE p.status = 'COMPLETED' AND p.order_date BETWEEN ? AND ?"
                + " GROUP BY p.purchaser_id) c ON c.purchaser_id = u.id WHERE" + RegistryQueries.COUNTED_SHARE
                + Lens.BUDGET_UNIT.and("u") + " AND s.reserved_amount > 0"
                + " AND COALESCE(c.amount, 0) * 100 < ? * s.reserved_amount", period.from(), period.to(),
                period.to().getYear(), cuts.threshold());
        columns.cut(sql, cuts);
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + key));
        return result;
    }

    private Map<String, BigDecimal> modelUnits(Dimension dimension, Cuts cuts, Period period) {
        var columns = Columns.PURCHASER;
        var key = key(columns, dimension);
        var sql = new Sql().add("SELECT " + key + " AS k, COUNT(*) AS v FROM reserved_share s"
                + " JOIN purchaser u ON u.id = s.purchaser_id LEFT JOIN (SELECT p.purchaser_id, SUM(p.amount) AS amount"
                + " FROM purchase p WHERE p.status = 'COMPLETED' AND p.order_date BETWEEN ? AND ?"
                + " GROUP BY p.purchaser_id) c ON c.purchaser_id = u.id WHERE" + RegistryQueries.REACHED_SHARE,
                period.from(), period.to(), period.to().getYear());
        columns.cut(sql, cuts);
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + key));
        return result;
    }

    private Map<String, BigDecimal> productsSold(String kind, Dimension dimension, Cuts cuts, Period period) {
        var columns = SaleQueries.RAW_SALE_PRODUCT;
        var key = columns.of(dimension);
        var sql = new Sql().add("SELECT " + key + " AS k, COUNT(DISTINCT s.product_id) AS v")
                .add(SaleQueries.rawProductSales(kind, period.from(), period.to()));
        columns.cut(sql, cuts);
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + key));
        return result;
    }

    private Map<String, BigDecimal> suppliers(java.util.Set<String> channels, Dimension dimension, Cuts cuts,
                                              Period period) {
        var columns = Columns.RAW_SUPPLIER;
        var key = columns.of(dimension);
        var sql = new Sql().add("SELECT " + key + " AS k, COUNT(DISTINCT p.supplier_id) AS v FROM purchase p"
                + " JOIN market_entity m ON m.id = p.supplier_id WHERE p.status = 'COMPLETED'"
                + " AND p.order_date BETWEEN ? AND ?", period.from(), period.to());
        sql.in("p.channel_code", channels);
        columns.cut(sql, cuts);
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + key));
        return result;
    }

    private Map<String, BigDecimal> sales(Measure.Sales measure, Dimension dimension, Cuts cuts, Period period) {
        var columns = Columns.RAW_SALE;
        var key = columns.of(dimension);
        var sql = new Sql().add("SELECT " + key + " AS k, " + (measure.records() ? "COUNT(*)" : "SUM(s.amount)")
                + " AS v FROM sale s JOIN sales_channel c ON c.code = s.channel_code"
                + " WHERE s.sale_date BETWEEN ? AND ?", period.from(), period.to());
        sql.eq("c.kind", measure.channelKind());
        sql.in("s.channel_code", measure.channels());
        sql.eq("s.buyer_province_code", measure.buyerProvince());
        columns.cut(sql, cuts);
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + key));
        return result;
    }
}
