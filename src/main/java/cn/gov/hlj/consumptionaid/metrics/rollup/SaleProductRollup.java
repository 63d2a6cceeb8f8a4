package cn.gov.hlj.consumptionaid.metrics.rollup;

import java.util.List;

/**
 * The statements of {@code rollup_sale_product_period} (V47): catalog products sold per month, quarter and year and
 * channel, with the channel's kind and the product's county and category. {@link RollupWriter} runs them in the
 * import's transaction (one batch) and in the rebuild (all sales; quarters and years summed from the months).
 */
final class SaleProductRollup {

    static final String TABLE = "rollup_sale_product_period";

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

    /** Quarter or year rows summed from the month rows (rebuild). */
    static String fromMonths(String grain) {
        var key = grain.equals("Q")
                ? "FLOOR(period_key / 100) * 10 + FLOOR((MOD(period_key, 100) + 2) / 3)"
                : "FLOOR(period_key / 100)";
        var attributes = "product_id, channel_code, channel_kind, region_code, city_code, category_code";
        return "INSERT INTO " + TABLE + " (" + COLUMNS + ") SELECT '" + grain + "', " + key + ", " + attributes
                + ", SUM(amount), SUM(records) FROM " + TABLE + " WHERE grain = 'M' GROUP BY " + key + ", "
                + attributes;
    }
}
