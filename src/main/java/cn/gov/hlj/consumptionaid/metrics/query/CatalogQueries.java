package cn.gov.hlj.consumptionaid.metrics.query;

import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.shared.time.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Figures of the catalog (products, complaints, market entities) and of the sales module's registers (outlets,
 * exhibition deals), read from their tables: they are small (one row per product, complaint, supplier, outlet or
 * deal) and their figures are counts of what stands now or of events dated in the period.
 */
@Component
class CatalogQueries {

    /** Listed in the catalog: in it, or in it while a withdrawal is being decided (CertificationStatus.LISTED). */
    static final String LISTED = " a.status IN ('IN_CATALOG', 'WITHDRAWAL_REQUESTED', 'WITHDRAWAL_CONFIRMED')";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CatalogQueries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The three months ahead in which a listed product's validity ends (renewal opens then). */
    Period expiryWindow() {
        var today = LocalDate.now(clock);
        return Period.custom(today, today.plusMonths(3));
    }

    /** The condition (after WHERE) and the date column of a product set, with its parameters. */
    Sql productCondition(Measure.ProductSet set, Period period) {
        return switch (set) {
            case LISTED, POOR_PEOPLE -> new Sql().add(LISTED);
            case EXPIRING -> new Sql().add(LISTED + " AND a.valid_until BETWEEN ? AND ?", expiryWindow().from(),
                    expiryWindow().to());
            case NEWLY_CERTIFIED -> new Sql().add(" a.published_on BETWEEN ? AND ? AND a.renewal_of_id IS NULL",
                    period.from(), period.to());
            case WITHDRAWN -> new Sql().add(" a.withdrawn_on BETWEEN ? AND ?", period.from(), period.to());
            case QUALITY_WITHDRAWN -> new Sql().add(" a.withdrawn_on BETWEEN ? AND ?"
                    + " AND a.withdrawal_reason = 'QUALITY_OR_SAFETY'", period.from(), period.to());
        };
    }

    static String productDate(Measure.ProductSet set) {
        return switch (set) {
            case NEWLY_CERTIFIED, LISTED, POOR_PEOPLE -> "a.published_on";
            case EXPIRING -> "a.valid_until";
            case WITHDRAWN, QUALITY_WITHDRAWN -> "a.withdrawn_on";
        };
    }

    /**
     * Products of a set by a dimension: from the catalog rollups (whole months from the monthly table, the days at the
     * ends from the daily one); products expiring soon from the products themselves (a date window that moves daily).
     */
    Map<String, BigDecimal> products(Measure.ProductSet set, Dimension dimension, Cuts cuts, Period period) {
        if (set == Measure.ProductSet.EXPIRING) {
            return rawProducts(set, dimension, cuts, period);
        }
        var result = Figures.empty();
        var value = set == Measure.ProductSet.POOR_PEOPLE ? "SUM(r.poor_people)" : "SUM(r.products)";
        var condition = switch (set) {
            case LISTED, POOR_PEOPLE -> " r.kind = 'LISTED'";
            case NEWLY_CERTIFIED -> " r.kind = 'PUBLISHED' AND r.detail = 'NEW'";
            case WITHDRAWN -> " r.kind = 'WITHDRAWN'";
            case QUALITY_WITHDRAWN -> " r.kind = 'WITHDRAWN' AND r.detail = 'QUALITY_OR_SAFETY'";
            case EXPIRING -> throw new IllegalStateException();
        };
        if (set == Measure.ProductSet.LISTED || set == Measure.ProductSet.POOR_PEOPLE) {
            var columns = Columns.productRollup("r.month_key");
            var sql = new Sql().add("SELECT " + columns.of(dimension) + " AS k, " + value
                    + " AS v FROM rollup_product_month r WHERE" + condition + " AND r.month_key = 0");
            columns.cut(sql, cuts);
            Figures.addAll(result, jdbc, sql.add(" GROUP BY " + columns.of(dimension)));
            return result;
        }
        var window = Window.of(period);
        if (window.hasMonths()) {
            var columns = Columns.productRollup("r.month_key");
            var sql = new Sql().add("SELECT " + columns.of(dimension) + " AS k, " + value
                    + " AS v FROM rollup_product_month r WHERE" + condition + " AND r.month_key BETWEEN ? AND ?",
                    window.firstMonthKey(), window.lastMonthKey());
            columns.cut(sql, cuts);
            Figures.addAll(result, jdbc, sql.add(" GROUP BY " + columns.of(dimension)));
        }
        for (var edge : window.edges()) {
            var columns = Columns.productRollup(Columns.monthOf("r.on_day"));
            var sql = new Sql().add("SELECT " + columns.of(dimension) + " AS k, " + value
                    + " AS v FROM rollup_product_day r WHERE" + condition + " AND r.on_day BETWEEN ? AND ?",
                    edge.from(), edge.to());
            columns.cut(sql, cuts);
            Figures.addAll(result, jdbc, sql.add(" GROUP BY " + columns.of(dimension)));
        }
        return result;
    }

    private Map<String, BigDecimal> rawProducts(Measure.ProductSet set, Dimension dimension, Cuts cuts,
                                                Period period) {
        var columns = Columns.catalog("a", productDate(set));
        var value = set == Measure.ProductSet.POOR_PEOPLE ? "SUM(a.poor_people_driven)" : "COUNT(*)";
        var sql = new Sql().add("SELECT " + columns.of(dimension) + " AS k, " + value
                + " AS v FROM certification_application a WHERE").add(productCondition(set, period));
        columns.cut(sql, cuts);
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + columns.of(dimension)));
        return result;
    }

    Sql complaintCondition(Measure.ComplaintSet set, Period period) {
        return switch (set) {
            case RECEIVED -> new Sql().add(" c.received_on BETWEEN ? AND ?", period.from(), period.to());
            case OPEN -> new Sql().add(" c.closed_on IS NULL");
            case HANDLED -> new Sql().add(" c.closed_on BETWEEN ? AND ?", period.from(), period.to());
        };
    }

    static String complaintDate(Measure.ComplaintSet set) {
        return set == Measure.ComplaintSet.HANDLED ? "c.closed_on" : "c.received_on";
    }

    Map<String, BigDecimal> complaints(Measure.ComplaintSet set, Dimension dimension, Cuts cuts, Period period) {
        var columns = Columns.catalogWithoutCategory("c", complaintDate(set));
        var sql = new Sql().add("SELECT " + columns.of(dimension) + " AS k, COUNT(*) AS v FROM complaint c WHERE")
                .add(complaintCondition(set, period));
        columns.cut(sql, cuts);
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + columns.of(dimension)));
        return result;
    }

    static String entityCondition(Measure.EntitySet set) {
        return switch (set) {
            case ALL -> " 1 = 1";
            case BLACKLISTED -> " m.blacklisted = TRUE";
            case LEADING -> " m.leading_enterprise = TRUE";
        };
    }

    /** Market entities of a set, from the catalog rollup. */
    Map<String, BigDecimal> entities(Measure.EntitySet set, Dimension dimension, Cuts cuts) {
        var columns = Columns.productRollup(null);
        var condition = switch (set) {
            case ALL -> " 1 = 1";
            case BLACKLISTED -> " r.blacklisted = TRUE";
            case LEADING -> " r.leading_enterprise = TRUE";
        };
        var sql = new Sql().add("SELECT " + columns.of(dimension) + " AS k, SUM(r.entities) AS v"
                + " FROM rollup_entity_count r WHERE" + condition);
        columns.cut(sql, cuts);
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + columns.of(dimension)));
        return result;
    }

    static final String OUTLETS_OPEN = " FROM sales_outlet o WHERE o.status = 'OPEN'";

    /** How the address of an outlet in Guangdong begins (the outlet register has no province of its own). */
    static final String GUANGDONG_ADDRESS = "广东%";

    /** Outlets open now whose address lies in Guangdong. */
    static Sql guangdongOutletsOpen() {
        return new Sql().add(OUTLETS_OPEN + " AND o.address LIKE ?", GUANGDONG_ADDRESS);
    }

    /** Market entities of one legal form, by county: a direct count on the entities (a small table). */
    Map<String, BigDecimal> entitiesOfType(String entityType, Dimension dimension, Cuts cuts) {
        var columns = Columns.catalogWithoutCategory("m", null);
        var sql = new Sql().add("SELECT " + columns.of(dimension) + " AS k, COUNT(*) AS v FROM market_entity m"
                + " WHERE m.entity_type = ?", entityType);
        columns.cut(sql, cuts);
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + columns.of(dimension)));
        return result;
    }

    /** Market entities m with at least one product listed in the catalog now. */
    static final String LISTED_SUPPLIER = " EXISTS (SELECT 1 FROM certification_application a"
            + " WHERE a.market_entity_id = m.id AND" + LISTED + ")";

    /**
     * Suppliers listed (入驻供应商): market entities with at least one product in the catalog now, by the entity's
     * county. A direct count: one EXISTS per entity on the applications' entity index.
     */
    Map<String, BigDecimal> listedSuppliers(Dimension dimension, Cuts cuts) {
        var columns = Columns.catalogWithoutCategory("m", null);
        var sql = new Sql().add("SELECT " + columns.of(dimension) + " AS k, COUNT(*) AS v FROM market_entity m WHERE"
                + LISTED_SUPPLIER);
        columns.cut(sql, cuts);
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + columns.of(dimension)));
        return result;
    }

    /** Outlets in Guangdong open now (发展改革委's "platforms built"), by the Heilongjiang region responsible. */
    Map<String, BigDecimal> guangdongOutlets(Dimension dimension, Cuts cuts) {
        var columns = Columns.OUTLET;
        var sql = new Sql().add("SELECT " + columns.of(dimension) + " AS k, COUNT(*) AS v").add(guangdongOutletsOpen());
        columns.cut(sql, cuts);
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + columns.of(dimension)));
        return result;
    }

    static Sql dealsSigned(Period period) {
        return new Sql().add(" FROM sales_exhibition_deal d JOIN sales_exhibition x ON x.id = d.exhibition_id"
                + " WHERE d.signed_on BETWEEN ? AND ?", period.from(), period.to());
    }

    /** Outlets open now (sales module's outlet register). */
    Map<String, BigDecimal> outlets(Dimension dimension, Cuts cuts) {
        var columns = Columns.OUTLET;
        var sql = new Sql().add("SELECT " + columns.of(dimension) + " AS k, COUNT(*) AS v" + OUTLETS_OPEN);
        columns.cut(sql, cuts);
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + columns.of(dimension)));
        return result;
    }

    /** Amounts of the deals signed at exhibitions in the period. */
    Map<String, BigDecimal> deals(Dimension dimension, Cuts cuts, Period period) {
        var columns = Columns.DEAL;
        var sql = new Sql().add("SELECT " + columns.of(dimension) + " AS k, SUM(d.amount) AS v").add(dealsSigned(period));
        columns.cut(sql, cuts);
        var result = Figures.empty();
        Figures.addAll(result, jdbc, sql.add(" GROUP BY " + columns.of(dimension)));
        return result;
    }
}
