package cn.gov.hlj.consumptionaid.metrics.rollup;

import java.util.List;

/**
 * The statements of {@code rollup_sale_product_period} (V62): catalog products sold per month, quarter and year and
 * channel, with the channel's kind and the product's county and category. {@link RollupWriter} runs them in the
 * import's transaction (one batch) and in the rebuild (all sales; quarters and years summed from the months).
 */
final class SaleProductRollup {

    static final String TABLE = "rollup_sale_product_period";
    static final String COUNT_TABLE = "rollup_sale_product_count";

    private static final String COLUMNS = "grain, period_key, product_id, channel_code, channel_kind, region_code,"
            + " city_code, category_code, amount, records";
    private static final String ATTRIBUTES = "s.product_id, s.channel_code, c.kind, a.county_code, "
            + RollupWriter.city("a.county_code") + ", a.category_code";

    private SaleProductRollup() {
    }

    /** The grains and how each keys a sale s by its date (as the purchase rollups key orders). */
    record Grain(String name, String key) {
    }

    static final List<Grain> GRAINS = List.of(
            new Grain("M", "YEAR(s.sale_date) * 100 + MONTH(s.sale_date)"),
            new Grain("Q", "YEAR(s.sale_date) * 10 + QUARTER(s.sale_date)"),
            new Grain("Y", "YEAR(s.sale_date)"));

    /** Adds the sales with a catalog product that the condition selects, summed per period, product and channel. */
    static String fromSales(Grain grain, String where) {
        return "INSERT INTO " + TABLE + " (" + COLUMNS + ") SELECT '" + grain.name() + "', " + grain.key() + ", "
                + ATTRIBUTES + ", SUM(s.amount), COUNT(*) FROM sale s JOIN sales_channel c ON c.code = s.channel_code"
                + " JOIN certification_application a ON a.id = s.product_id" + where
                + " GROUP BY " + grain.key() + ", " + ATTRIBUTES
                + " ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), records = records + VALUES(records)";
    }

    /**
     * Counts the products of the batch that are new in a period and channel kind (no row of that kind for them yet):
     * run before the batch's product rows are added.
     */
    static String newProducts(Grain grain) {
        return "INSERT INTO " + COUNT_TABLE + " (grain, period_key, channel_kind, region_code, city_code,"
                + " category_code, products) SELECT '" + grain.name() + "', b.period_key, b.channel_kind, b.region_code,"
                + " b.city_code, b.category_code, COUNT(*) FROM (SELECT DISTINCT " + grain.key() + " AS period_key,"
                + " s.product_id, c.kind AS channel_kind, a.county_code AS region_code, "
                + RollupWriter.city("a.county_code") + " AS city_code, a.category_code"
                + " FROM sale s JOIN sales_channel c ON c.code = s.channel_code"
                + " JOIN certification_application a ON a.id = s.product_id WHERE s.import_batch_id = ?) b"
                + " WHERE NOT EXISTS (SELECT 1 FROM " + TABLE + " sp WHERE sp.grain = '" + grain.name() + "'"
                + " AND sp.period_key = b.period_key AND sp.product_id = b.product_id"
                + " AND sp.channel_kind = b.channel_kind)"
                + " GROUP BY b.period_key, b.channel_kind, b.region_code, b.city_code, b.category_code"
                + " ON DUPLICATE KEY UPDATE products = products + VALUES(products)";
    }

    /** All counts from the product rows (rebuild, after the product rows). */
    static final String ALL_COUNTS = "INSERT INTO " + COUNT_TABLE + " (grain, period_key, channel_kind, region_code,"
            + " city_code, category_code, products) SELECT grain, period_key, channel_kind, region_code, city_code,"
            + " category_code, COUNT(DISTINCT product_id) FROM " + TABLE
            + " GROUP BY grain, period_key, channel_kind, region_code, city_code, category_code";

    /**
     * Quarter or year rows of one year (two parameters: its first and last month key) summed from its month rows
     * (rebuild).
     */
    static String fromMonths(String grain) {
        var key = grain.equals("Q")
                ? "FLOOR(period_key / 100) * 10 + FLOOR((MOD(period_key, 100) + 2) / 3)"
                : "FLOOR(period_key / 100)";
        var attributes = "product_id, channel_code, channel_kind, region_code, city_code, category_code";
        return "INSERT INTO " + TABLE + " (" + COLUMNS + ") SELECT '" + grain + "', " + key + ", " + attributes
                + ", SUM(amount), SUM(records) FROM " + TABLE + " WHERE grain = 'M' AND period_key BETWEEN ? AND ?"
                + " GROUP BY " + key + ", " + attributes;
    }
}
