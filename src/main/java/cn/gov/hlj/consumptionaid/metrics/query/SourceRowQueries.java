package cn.gov.hlj.consumptionaid.metrics.query;

import cn.gov.hlj.consumptionaid.metrics.IndicatorSourceRow;
import cn.gov.hlj.consumptionaid.metrics.SourceKind;
import cn.gov.hlj.consumptionaid.metrics.UnitCompletionRow;
import cn.gov.hlj.consumptionaid.metrics.query.Measure.Lens;
import cn.gov.hlj.consumptionaid.shared.time.Period;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * The stored rows behind a figure: the same selection the figure counts, read from the raw tables (which the rollups
 * only summarise), one page at a time.
 */
@Component
class SourceRowQueries {

    /** A selection of source rows: the table, its SELECT list, FROM … WHERE … and ORDER BY. */
    private record Selection(SourceKind kind, String columns, Sql from, String order) {
    }

    private final JdbcTemplate jdbc;
    private final CatalogQueries catalog;

    SourceRowQueries(JdbcTemplate jdbc, CatalogQueries catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    List<IndicatorSourceRow> rows(Measure measure, Cuts cuts, Period period, Pageable pageable) {
        var selection = selection(measure, cuts, period);
        var sql = new Sql().add("SELECT " + selection.columns()).add(selection.from())
                .add(" ORDER BY " + selection.order());
        page(sql, pageable);
        return jdbc.query(sql.text(), (rs, n) -> new IndicatorSourceRow(selection.kind(), rs.getLong("id"),
                rs.getString("ref"), rs.getObject("d", LocalDate.class), rs.getString("subject"),
                rs.getString("item"), rs.getString("region"), rs.getString("category"), rs.getString("channel"),
                rs.getBigDecimal("amount"), (Long) rs.getObject("batch", Long.class),
                (Integer) rs.getObject("srow", Integer.class)), sql.params());
    }

    long count(Measure measure, Cuts cuts, Period period) {
        var sql = new Sql().add("SELECT COUNT(*)").add(selection(measure, cuts, period).from());
        Long count = jdbc.queryForObject(sql.text(), Long.class, sql.params());
        return count == null ? 0 : count;
    }

    private static void page(Sql sql, Pageable pageable) {
        if (pageable != null && pageable.isPaged()) {
            sql.add(" LIMIT ? OFFSET ?", pageable.getPageSize(), pageable.getOffset());
        }
    }

    private static final String PURCHASE_COLUMNS = "p.id AS id, p.order_no AS ref, p.order_date AS d, u.name AS subject,"
            + " p.product_name AS item, u.region_code AS region, p.category_code AS category, p.channel_code AS channel,"
            + " p.amount AS amount, p.import_batch_id AS batch, p.source_row AS srow";
    private static final String PURCHASER_COLUMNS = "u.id AS id, u.code AS ref, NULL AS d, u.name AS subject,"
            + " u.purchaser_type AS item, u.region_code AS region, NULL AS category, NULL AS channel, NULL AS amount,"
            + " u.import_batch_id AS batch, u.source_row AS srow";

    private Selection selection(Measure measure, Cuts cuts, Period period) {
        return switch (measure) {
            case Measure.Purchases m -> purchases(m.lens(), m.flag(), m.channels(), cuts, period);
            case Measure.Participants m -> purchases(m.lens(), Measure.Flag.NONE, null, cuts, period);
            case Measure.CompletionRate m -> purchases(Lens.BUDGET_UNIT, Measure.Flag.NONE, null, cuts, period);
            case Measure.ActiveSuppliers m -> {
                var from = new Sql().add(" FROM purchase p JOIN market_entity m ON m.id = p.supplier_id"
                        + " WHERE p.status = 'COMPLETED' AND p.order_date BETWEEN ? AND ?", period.from(), period.to());
                from.in("p.channel_code", m.channels());
                Columns.RAW_SUPPLIER.cut(from, cuts);
                yield new Selection(SourceKind.PURCHASE, "p.id AS id, p.order_no AS ref, p.order_date AS d,"
                        + " m.name AS subject, p.product_name AS item, m.county_code AS region,"
                        + " p.category_code AS category, p.channel_code AS channel, p.amount AS amount,"
                        + " p.import_batch_id AS batch, p.source_row AS srow", from, "p.order_date DESC, p.id DESC");
            }
            case Measure.Registered m -> purchasers(m.lens(), cuts);
            case Measure.ParticipationRate m -> purchasers(m.lens(), cuts);
            case Measure.UnitsReservingNothing m -> {
                var from = new Sql().add(" FROM purchaser u WHERE 1 = 1" + Lens.BUDGET_UNIT.and("u")
                        + " AND NOT EXISTS (SELECT 1 FROM reserved_share s WHERE s.purchaser_id = u.id AND"
                        + RegistryQueries.COUNTED_SHARE + " AND s.reserved_amount > 0)", period.to().getYear());
                Columns.PURCHASER.cut(from, cuts);
                yield new Selection(SourceKind.PURCHASER, PURCHASER_COLUMNS, from, "u.code");
            }
            case Measure.UnitsBelowRate m -> {
                var from = new Sql().add(" FROM reserved_share s JOIN purchaser u ON u.id = s.purchaser_id LEFT JOIN ");
                PurchaseQueries.perPurchaserTable(from, Window.of(period));
                from.add(" c ON c.purchaser_id = u.id WHERE" + RegistryQueries.COUNTED_SHARE + Lens.BUDGET_UNIT.and("u")
                        + " AND s.reserved_amount > 0 AND COALESCE(c.amount, 0) * 100 < ? * s.reserved_amount",
                        period.to().getYear(), cuts.threshold());
                Columns.PURCHASER.cut(from, cuts);
                yield new Selection(SourceKind.PURCHASER, "u.id AS id, u.code AS ref, NULL AS d, u.name AS subject,"
                        + " u.purchaser_type AS item, u.region_code AS region, NULL AS category, NULL AS channel,"
                        + " COALESCE(c.amount, 0) AS amount, u.import_batch_id AS batch, u.source_row AS srow", from,
                        "u.code");
            }
            case Measure.Reserved m -> {
                var from = new Sql().add(" FROM reserved_share s JOIN purchaser u ON u.id = s.purchaser_id WHERE"
                        + RegistryQueries.COUNTED_SHARE + Lens.BUDGET_UNIT.and("u"), period.to().getYear());
                Columns.PURCHASER.cut(from, cuts);
                yield new Selection(SourceKind.RESERVED_SHARE, "s.id AS id, u.code AS ref, NULL AS d,"
                        + " u.name AS subject, s.status AS item, u.region_code AS region, NULL AS category,"
                        + " NULL AS channel, s.reserved_amount AS amount, s.import_batch_id AS batch,"
                        + " s.source_row AS srow", from, "u.code");
            }
            case Measure.Sales m -> {
                var from = new Sql().add(" FROM sale s JOIN sales_channel c ON c.code = s.channel_code"
                        + " WHERE s.sale_date BETWEEN ? AND ?", period.from(), period.to());
                from.eq("c.kind", m.channelKind());
                from.in("s.channel_code", m.channels());
                from.eq("s.buyer_province_code", m.buyerProvince());
                Columns.RAW_SALE.cut(from, cuts);
                yield new Selection(SourceKind.SALE, "s.id AS id, s.record_no AS ref, s.sale_date AS d,"
                        + " s.buyer_type AS subject, s.product_name AS item, s.region_code AS region,"
                        + " s.category_code AS category, s.channel_code AS channel, s.amount AS amount,"
                        + " s.import_batch_id AS batch, s.source_row AS srow", from, "s.sale_date DESC, s.id DESC");
            }
            case Measure.Products m -> {
                var from = new Sql().add(" FROM certification_application a"
                        + " JOIN market_entity m ON m.id = a.market_entity_id WHERE")
                        .add(catalog.productCondition(m.set(), period));
                Columns.catalog("a", null).cut(from, cuts);
                var date = CatalogQueries.productDate(m.set());
                yield new Selection(SourceKind.PRODUCT, "a.id AS id, a.catalog_number AS ref, " + date + " AS d,"
                        + " m.name AS subject, a.product_name AS item, a.county_code AS region,"
                        + " a.category_code AS category, NULL AS channel, NULL AS amount, NULL AS batch, NULL AS srow",
                        from, date + " DESC, a.id DESC");
            }
            case Measure.Complaints m -> {
                var from = new Sql().add(" FROM complaint c JOIN market_entity m ON m.id = c.market_entity_id WHERE")
                        .add(catalog.complaintCondition(m.set(), period));
                Columns.catalogWithoutCategory("c", null).cut(from, cuts);
                var date = CatalogQueries.complaintDate(m.set());
                yield new Selection(SourceKind.COMPLAINT, "c.id AS id, c.source AS ref, " + date + " AS d,"
                        + " m.name AS subject, c.description AS item, c.county_code AS region, NULL AS category,"
                        + " NULL AS channel, NULL AS amount, NULL AS batch, NULL AS srow", from, date + " DESC, c.id DESC");
            }
            case Measure.Entities m -> {
                var from = new Sql().add(" FROM market_entity m WHERE" + CatalogQueries.entityCondition(m.set()));
                Columns.catalogWithoutCategory("m", null).cut(from, cuts);
                yield new Selection(SourceKind.MARKET_ENTITY, "m.id AS id, m.credit_code AS ref,"
                        + " m.blacklisted_on AS d, m.name AS subject, m.entity_type AS item, m.county_code AS region,"
                        + " NULL AS category, NULL AS channel, NULL AS amount, NULL AS batch, NULL AS srow", from,
                        "m.name, m.id");
            }
            case Measure.Outlets m -> {
                var from = new Sql().add(CatalogQueries.OUTLETS_OPEN);
                Columns.OUTLET.cut(from, cuts);
                yield new Selection(SourceKind.OUTLET, "o.id AS id, o.kind AS ref, o.opened_on AS d,"
                        + " o.operator_name AS subject, o.name AS item, o.region_code AS region, NULL AS category, "
                        + Columns.OUTLET.of(cn.gov.hlj.consumptionaid.metrics.Dimension.CHANNEL) + " AS channel,"
                        + " NULL AS amount, NULL AS batch, NULL AS srow", from, "o.opened_on DESC, o.id DESC");
            }
            case Measure.EntitiesOfType m -> {
                var from = new Sql().add(" FROM market_entity m WHERE m.entity_type = ?", m.entityType());
                Columns.catalogWithoutCategory("m", null).cut(from, cuts);
                yield new Selection(SourceKind.MARKET_ENTITY, "m.id AS id, m.credit_code AS ref, NULL AS d,"
                        + " m.name AS subject, m.entity_type AS item, m.county_code AS region, NULL AS category,"
                        + " NULL AS channel, NULL AS amount, NULL AS batch, NULL AS srow", from, "m.name, m.id");
            }
            case Measure.ListedSuppliers m -> {
                var from = new Sql().add(" FROM market_entity m WHERE" + CatalogQueries.LISTED_SUPPLIER);
                Columns.catalogWithoutCategory("m", null).cut(from, cuts);
                yield new Selection(SourceKind.MARKET_ENTITY, "m.id AS id, m.credit_code AS ref, NULL AS d,"
                        + " m.name AS subject, m.entity_type AS item, m.county_code AS region, NULL AS category,"
                        + " NULL AS channel, NULL AS amount, NULL AS batch, NULL AS srow", from, "m.name, m.id");
            }
            case Measure.ProductsSold m -> {
                var sold = new Sql().add(" EXISTS (SELECT 1 FROM sale s JOIN sales_channel c ON c.code = s.channel_code"
                        + " WHERE s.product_id = a.id AND s.sale_date BETWEEN ? AND ? AND c.kind = ?", period.from(),
                        period.to(), m.channelKind());
                sold.eq("s.channel_code", cuts.channel()).add(")");
                var from = new Sql().add(" FROM certification_application a"
                        + " JOIN market_entity m ON m.id = a.market_entity_id WHERE").add(sold);
                Columns.catalog("a", null).cut(from, cuts);
                yield new Selection(SourceKind.PRODUCT, "a.id AS id, a.catalog_number AS ref, a.published_on AS d,"
                        + " m.name AS subject, a.product_name AS item, a.county_code AS region,"
                        + " a.category_code AS category, NULL AS channel, NULL AS amount, NULL AS batch, NULL AS srow",
                        from, "a.published_on DESC, a.id DESC");
            }
            case Measure.GuangdongOutlets m -> {
                var from = CatalogQueries.guangdongOutletsOpen();
                Columns.OUTLET.cut(from, cuts);
                yield new Selection(SourceKind.OUTLET, "o.id AS id, o.kind AS ref, o.opened_on AS d,"
                        + " o.operator_name AS subject, o.name AS item, o.region_code AS region, NULL AS category, "
                        + Columns.OUTLET.of(cn.gov.hlj.consumptionaid.metrics.Dimension.CHANNEL) + " AS channel,"
                        + " NULL AS amount, NULL AS batch, NULL AS srow", from, "o.opened_on DESC, o.id DESC");
            }
            case Measure.ModelUnitCandidates m when Window.of(period).exact() -> {
                // One calendar unit: the completion rows at or above 100 % (a short range on the rate index), as the
                // figure counts them; names from the purchasers.
                var window = Window.of(period);
                var from = new Sql().add(" FROM rollup_unit_completion c JOIN purchaser u ON u.id = c.purchaser_id"
                        + " WHERE c.grain = ? AND c.period_key = ? AND c.rate >= 100"
                        + " AND c.completed_amount >= c.reserved_amount", window.exactGrain(), window.exactKey());
                Columns.UNIT_COMPLETION.cut(from, cuts);
                yield new Selection(SourceKind.PURCHASER, "u.id AS id, c.code AS ref, NULL AS d, u.name AS subject,"
                        + " u.purchaser_type AS item, c.region_code AS region, NULL AS category, NULL AS channel,"
                        + " c.completed_amount AS amount, u.import_batch_id AS batch, u.source_row AS srow", from,
                        "c.completed_amount DESC, c.code");
            }
            case Measure.ModelUnitCandidates m -> {
                var from = new Sql().add(" FROM reserved_share s JOIN purchaser u ON u.id = s.purchaser_id LEFT JOIN ");
                PurchaseQueries.perPurchaserTable(from, Window.of(period));
                from.add(" c ON c.purchaser_id = u.id WHERE" + RegistryQueries.REACHED_SHARE, period.to().getYear());
                Columns.PURCHASER.cut(from, cuts);
                // Largest purchases first: the list the lead office picks 示范单位 from.
                yield new Selection(SourceKind.PURCHASER, "u.id AS id, u.code AS ref, NULL AS d, u.name AS subject,"
                        + " u.purchaser_type AS item, u.region_code AS region, NULL AS category, NULL AS channel,"
                        + " COALESCE(c.amount, 0) AS amount, u.import_batch_id AS batch, u.source_row AS srow", from,
                        "COALESCE(c.amount, 0) DESC, u.code");
            }
            case Measure.ExhibitionDeals m -> {
                var from = CatalogQueries.dealsSigned(period);
                Columns.DEAL.cut(from, cuts);
                yield new Selection(SourceKind.EXHIBITION_DEAL, "d.id AS id, x.name AS ref, d.signed_on AS d,"
                        + " d.supplier_name AS subject, d.project_name AS item, x.region_code AS region,"
                        + " NULL AS category, x.channel_code AS channel, d.amount AS amount, NULL AS batch,"
                        + " NULL AS srow", from, "d.signed_on DESC, d.id DESC");
            }
        };
    }

    private static Selection purchases(Lens lens, Measure.Flag flag, java.util.Set<String> channels, Cuts cuts,
                                       Period period) {
        var from = new Sql().add(PurchaseQueries.COUNTED + " AND p.order_date BETWEEN ? AND ?", period.from(),
                period.to());
        from.add(lens.and("u"));
        if (flag == Measure.Flag.DONATION) {
            from.add(" AND p.donation = TRUE");
        } else if (flag == Measure.Flag.CONSIGNMENT) {
            from.add(" AND p.consignment = TRUE");
        }
        from.in("p.channel_code", channels);
        Columns.RAW_PURCHASE.cut(from, cuts);
        return new Selection(SourceKind.PURCHASE, PURCHASE_COLUMNS, from, "p.order_date DESC, p.id DESC");
    }

    private static Selection purchasers(Lens lens, Cuts cuts) {
        var from = new Sql().add(" FROM purchaser u WHERE 1 = 1" + lens.and("u"));
        Columns.PURCHASER.cut(from, cuts);
        return new Selection(SourceKind.PURCHASER, PURCHASER_COLUMNS, from, "u.code");
    }

    /** Budget units with their reserved share of the period's year and their counted purchases in the period. */
    List<UnitCompletionRow> unitCompletions(Cuts cuts, Period period, boolean belowOnly, Pageable pageable) {
        var window = Window.of(period);
        if (belowOnly && RegistryQueries.completionRows(window, cuts)) {
            return unitsBelowFromCompletions(cuts, window, pageable);
        }
        var sql = new Sql().add("SELECT u.id, u.code, u.name, u.region_code, u.supervising_department_code,"
                + " COALESCE(s.reserved_amount, 0) AS reserved, COALESCE(c.amount, 0) AS completed")
                .add(unitsFrom(cuts, period, belowOnly))
                .add(" ORDER BY CASE WHEN s.reserved_amount > 0 THEN 0 ELSE 1 END,"
                        + " CASE WHEN s.reserved_amount > 0 THEN COALESCE(c.amount, 0) / s.reserved_amount END, u.code");
        page(sql, pageable);
        return jdbc.query(sql.text(), (rs, n) -> {
            var reserved = rs.getBigDecimal("reserved");
            var completed = rs.getBigDecimal("completed");
            return new UnitCompletionRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                    rs.getString("region_code"), rs.getString("supervising_department_code"), reserved, completed,
                    Figures.percent(completed, reserved));
        }, sql.params());
    }

    /**
     * The units below the threshold, lowest rate first, from their completion rows: the rate index gives them in
     * order, so a page is a short range read; names and current attributes come from the purchasers of the page.
     */
    private List<UnitCompletionRow> unitsBelowFromCompletions(Cuts cuts, Window window, Pageable pageable) {
        var page = new Sql().add("SELECT c.purchaser_id, c.rate, c.code, c.reserved_amount, c.completed_amount"
                        + " FROM rollup_unit_completion c WHERE c.grain = ? AND c.period_key = ?"
                        + " AND c.rate <= ? AND c.completed_amount * 100 < ? * c.reserved_amount",
                window.exactGrain(), window.exactKey(), cuts.threshold(), cuts.threshold());
        Columns.UNIT_COMPLETION.cut(page, cuts);
        page.add(" ORDER BY c.rate, c.code");
        page(page, pageable);
        var sql = new Sql().add("SELECT u.id, u.code, u.name, u.region_code, u.supervising_department_code,"
                + " x.reserved_amount AS reserved, x.completed_amount AS completed FROM (").add(page)
                .add(") x JOIN purchaser u ON u.id = x.purchaser_id ORDER BY x.rate, x.code");
        return jdbc.query(sql.text(), (rs, n) -> {
            var reserved = rs.getBigDecimal("reserved");
            var completed = rs.getBigDecimal("completed");
            return new UnitCompletionRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                    rs.getString("region_code"), rs.getString("supervising_department_code"), reserved, completed,
                    Figures.percent(completed, reserved));
        }, sql.params());
    }

    long countUnitCompletions(Cuts cuts, Period period, boolean belowOnly) {
        var sql = new Sql().add("SELECT COUNT(*)").add(unitsFrom(cuts, period, belowOnly));
        Long count = jdbc.queryForObject(sql.text(), Long.class, sql.params());
        return count == null ? 0 : count;
    }

    private static Sql unitsFrom(Cuts cuts, Period period, boolean belowOnly) {
        var from = new Sql().add(" FROM purchaser u LEFT JOIN reserved_share s ON s.purchaser_id = u.id AND"
                + RegistryQueries.COUNTED_SHARE + " LEFT JOIN ", period.to().getYear());
        PurchaseQueries.perPurchaserTable(from, Window.of(period));
        from.add(" c ON c.purchaser_id = u.id WHERE 1 = 1" + Lens.BUDGET_UNIT.and("u"));
        if (belowOnly) {
            from.add(" AND s.reserved_amount > 0 AND COALESCE(c.amount, 0) * 100 < ? * s.reserved_amount",
                    cuts.threshold());
        }
        Columns.PURCHASER.cut(from, cuts);
        return from;
    }
}
