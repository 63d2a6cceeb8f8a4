package cn.gov.hlj.consumptionaid.metrics.rollup;

import cn.gov.hlj.consumptionaid.metrics.RebuildReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the rollup tables of V40 with plain SQL that runs the same on H2 (MySQL mode) and MariaDB/MySQL: adds one
 * import batch ({@code INSERT … SELECT … GROUP BY … ON DUPLICATE KEY UPDATE x = x + VALUES(x)}), or empties the
 * tables and fills them from all raw rows. Runs in the caller's transaction; not secured itself (the import listener,
 * the start-up runner and {@code RollupService} call it).
 */
@Component
public class RollupWriter {

    private static final Logger log = LoggerFactory.getLogger(RollupWriter.class);

    /** The tables this writer owns, emptied by a rebuild. */
    public static final List<String> TABLES = java.util.stream.Stream.of(
            java.util.stream.Stream.of(Cubes.PURCHASE_DAY, Cubes.SALE_DAY).map(Cubes.Cube::table),
            Cubes.PURCHASE_MONTHS.stream().map(Cubes.Cube::table), Cubes.SALE_MONTHS.stream().map(Cubes.Cube::table),
            java.util.stream.Stream.of("rollup_purchaser_period", "rollup_participation", "rollup_supplier_period",
                    "rollup_platform_supplier_count"),
            java.util.stream.Stream.of(SaleProductRollup.TABLE, SaleProductRollup.COUNT_TABLE))
            .flatMap(t -> t).toList();

    /** The prefecture of a region code; the province keeps its own code. */
    static String city(String column) {
        return "CASE WHEN SUBSTRING(" + column + ", 3, 4) = '0000' THEN " + column
                + " ELSE CONCAT(SUBSTRING(" + column + ", 1, 4), '00') END";
    }

    private static final String MONTH_KEY = "YEAR(p.order_date) * 100 + MONTH(p.order_date)";
    private static final String QUARTER_KEY = "YEAR(p.order_date) * 10 + QUARTER(p.order_date)";
    private static final String YEAR_KEY = "YEAR(p.order_date)";

    /** The purchaser attributes copied into the rollups, in the column order of the tables. */
    static final String PURCHASER_ATTRIBUTES = "u.region_code, " + city("u.region_code")
            + ", u.purchaser_type, COALESCE(u.budget_unit_kind, ''), COALESCE(u.school_type, ''),"
            + " COALESCE(u.supervising_department_code, '')";
    private static final String PURCHASER_COLUMNS = "region_code, city_code, purchaser_type, budget_unit_kind,"
            + " school_type, supervising_department_code";

    private static final String COUNTED_PURCHASES = counted("");

    /** The counted purchases p of purchasers u, with a further join (or ""). */
    private static String counted(String join) {
        return " FROM purchase p JOIN purchaser u ON u.id = p.purchaser_id" + join + " WHERE p.status = 'COMPLETED'";
    }

    /**
     * The grain of the per-purchaser rows from January 1 to the end of a month (key yyyyMM): the months of a year
     * to date that are no calendar unit (January is a month, January to March a quarter, the whole year a year).
     */
    public static final String YEAR_TO_MONTH = "T";
    public static final List<Integer> YEAR_TO_MONTHS = List.of(2, 4, 5, 6, 7, 8, 9, 10, 11);

    /** The months of YEAR_TO_MONTHS as a derived table t (m). */
    private static final String YEAR_TO_MONTH_TABLE = YEAR_TO_MONTHS.stream()
            .map(m -> "SELECT " + m + " AS m").collect(java.util.stream.Collectors.joining(" UNION ALL ", "(", ") t"));

    /** A purchase p counts in the year-to-month periods t of its year from its own month on. */
    private static final String YEAR_TO_MONTH_JOIN = " JOIN " + YEAR_TO_MONTH_TABLE + " ON t.m >= MONTH(p.order_date)";
    private static final String YEAR_TO_MONTH_KEY = "YEAR(p.order_date) * 100 + t.m";

    /** How each rollup column is computed from a raw purchase p and its purchaser u. */
    private static final java.util.Map<String, String> PURCHASE_EXPRESSIONS = java.util.Map.ofEntries(
            java.util.Map.entry("month_key", MONTH_KEY),
            java.util.Map.entry("on_day", "p.order_date"),
            java.util.Map.entry("region_code", "u.region_code"),
            java.util.Map.entry("city_code", city("u.region_code")),
            java.util.Map.entry("purchaser_type", "u.purchaser_type"),
            java.util.Map.entry("budget_unit_kind", "COALESCE(u.budget_unit_kind, '')"),
            java.util.Map.entry("school_type", "COALESCE(u.school_type, '')"),
            java.util.Map.entry("supervising_department_code", "COALESCE(u.supervising_department_code, '')"),
            java.util.Map.entry("category_code", "p.category_code"),
            java.util.Map.entry("channel_code", "p.channel_code"),
            java.util.Map.entry("donation", "p.donation"),
            java.util.Map.entry("consignment", "p.consignment"),
            java.util.Map.entry("union_purchase", "p.union_purchase"));

    /** Adds the counted purchases the condition selects to a purchase cube, summed over its columns. */
    private static String purchaseCube(Cubes.Cube cube, String where) {
        var expressions = cube.columns().stream().map(PURCHASE_EXPRESSIONS::get).toList();
        var flagSums = cube.flagSums();
        return "INSERT INTO " + cube.table() + " (" + String.join(", ", cube.columns()) + ", amount, orders"
                + (flagSums ? ", donation_amount, consignment_amount" : "") + ")"
                + " SELECT " + String.join(", ", expressions) + ", SUM(p.amount), COUNT(*)"
                + (flagSums ? ", SUM(CASE WHEN p.donation THEN p.amount ELSE 0 END),"
                        + " SUM(CASE WHEN p.consignment THEN p.amount ELSE 0 END)" : "")
                + COUNTED_PURCHASES + where
                + " GROUP BY " + String.join(", ", expressions)
                + " ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), orders = orders + VALUES(orders)"
                + (flagSums ? ", donation_amount = donation_amount + VALUES(donation_amount),"
                        + " consignment_amount = consignment_amount + VALUES(consignment_amount)" : "");
    }

    /**
     * Fills a coarser cube from a finer one (months from days, a narrow month cube from the full one): the target's
     * columns summed over the others, for the source rows the condition selects. Only for a rebuild: the target holds
     * nothing for those rows yet, so there is nothing to add to.
     */
    private static String fromCube(Cubes.Cube source, Cubes.Cube target, String count, String where) {
        var expressions = target.columns().stream()
                .map(column -> column.equals("month_key") && source.columns().contains("on_day")
                        ? "YEAR(on_day) * 100 + MONTH(on_day)" : column)
                .toList();
        var flagSums = target.flagSums() && !source.flagSums();
        return "INSERT INTO " + target.table() + " (" + String.join(", ", target.columns()) + ", amount, " + count
                + (flagSums ? ", donation_amount, consignment_amount" : "")
                + ") SELECT " + String.join(", ", expressions) + ", SUM(amount), SUM(" + count + ")"
                + (flagSums ? ", SUM(CASE WHEN donation THEN amount ELSE 0 END),"
                        + " SUM(CASE WHEN consignment THEN amount ELSE 0 END)" : "")
                + " FROM " + source.table() + where + " GROUP BY " + String.join(", ", expressions);
    }

    /** The quarter (year * 10 + quarter) or year of a month key (year * 100 + month). */
    private static String periodOfMonth(String grain, String monthKey) {
        return grain.equals("Q")
                ? "FLOOR(" + monthKey + " / 100) * 10 + FLOOR((MOD(" + monthKey + ", 100) + 2) / 3)"
                : "FLOOR(" + monthKey + " / 100)";
    }

    /** The quarter or year rows of one year (two parameters: its first and last month key) from its month rows. */
    private static String purchaserPeriodFromMonths(String grain) {
        var key = periodOfMonth(grain, "period_key");
        return "INSERT INTO rollup_purchaser_period (grain, period_key, purchaser_id, " + PURCHASER_COLUMNS
                + ", amount, orders, donation_amount, consignment_amount) SELECT '" + grain + "', " + key
                + ", purchaser_id, " + PURCHASER_COLUMNS + ", SUM(amount), SUM(orders), SUM(donation_amount),"
                + " SUM(consignment_amount) FROM rollup_purchaser_period WHERE grain = 'M'"
                + " AND period_key BETWEEN ? AND ? GROUP BY " + key + ", purchaser_id, " + PURCHASER_COLUMNS;
    }

    /**
     * The year-to-month rows from the monthly ones in one pass without grouping: each monthly row carries its
     * purchaser's running totals of the year, and stands for the year-to-month periods from its month up to the month
     * before the purchaser's next monthly row of the year (or December). Only for a rebuild (the grain is empty);
     * V60 runs the same statement once on existing databases.
     */
    private static final String YEAR_TO_MONTH_FROM_MONTHS = "INSERT INTO rollup_purchaser_period (grain, period_key,"
            + " purchaser_id, " + PURCHASER_COLUMNS + ", amount, orders, donation_amount, consignment_amount)"
            + " SELECT '" + YEAR_TO_MONTH + "', c.y * 100 + t.m, c.purchaser_id, " + PURCHASER_COLUMNS
            + ", c.amount, c.orders, c.donation_amount, c.consignment_amount FROM (SELECT purchaser_id, "
            + PURCHASER_COLUMNS + ", FLOOR(period_key / 100) AS y, MOD(period_key, 100) AS m,"
            + " COALESCE(LEAD(MOD(period_key, 100)) OVER (" + yearOfPurchaser() + "), 13) AS next_m,"
            + " SUM(amount) OVER (" + yearOfPurchaser() + " ROWS UNBOUNDED PRECEDING) AS amount,"
            + " SUM(orders) OVER (" + yearOfPurchaser() + " ROWS UNBOUNDED PRECEDING) AS orders,"
            + " SUM(donation_amount) OVER (" + yearOfPurchaser() + " ROWS UNBOUNDED PRECEDING) AS donation_amount,"
            + " SUM(consignment_amount) OVER (" + yearOfPurchaser() + " ROWS UNBOUNDED PRECEDING)"
            + " AS consignment_amount FROM rollup_purchaser_period WHERE grain = 'M') c"
            + " JOIN " + YEAR_TO_MONTH_TABLE + " ON t.m >= c.m AND t.m < c.next_m";

    private static String yearOfPurchaser() {
        return "PARTITION BY purchaser_id, FLOOR(period_key / 100) ORDER BY period_key";
    }

    /** The quarter or year rows of one year (two parameters: its first and last month key) from its month rows. */
    private static String supplierPeriodFromMonths(String grain) {
        var key = periodOfMonth(grain, "period_key");
        return "INSERT INTO rollup_supplier_period (grain, period_key, supplier_id, channel_code, region_code,"
                + " city_code, amount, orders) SELECT '" + grain + "', " + key + ", supplier_id, channel_code,"
                + " region_code, city_code, SUM(amount), SUM(orders) FROM rollup_supplier_period WHERE grain = 'M'"
                + " AND period_key BETWEEN ? AND ? GROUP BY " + key + ", supplier_id, channel_code, region_code,"
                + " city_code";
    }

    private static String purchaserPeriod(String grain, String key, String where) {
        return purchaserPeriod(grain, key, "", where);
    }

    /** Adds the counted purchases the condition selects (joined to {@code join}) to their purchasers' period rows. */
    private static String purchaserPeriod(String grain, String key, String join, String where) {
        return "INSERT INTO rollup_purchaser_period (grain, period_key, purchaser_id, " + PURCHASER_COLUMNS
                + ", amount, orders, donation_amount, consignment_amount)"
                + " SELECT '" + grain + "', " + key + ", p.purchaser_id, " + PURCHASER_ATTRIBUTES
                + ", SUM(p.amount), COUNT(*), SUM(CASE WHEN p.donation THEN p.amount ELSE 0 END),"
                + " SUM(CASE WHEN p.consignment THEN p.amount ELSE 0 END)" + counted(join) + where
                + " GROUP BY " + key + ", p.purchaser_id, " + PURCHASER_ATTRIBUTES
                + " ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), orders = orders + VALUES(orders),"
                + " donation_amount = donation_amount + VALUES(donation_amount),"
                + " consignment_amount = consignment_amount + VALUES(consignment_amount)";
    }

    /**
     * Counts the purchasers of the batch that are new in a period (no rollup_purchaser_period row yet): run before
     * the batch's purchaser rows are added.
     */
    private static String newParticipants(String grain, String key) {
        return newParticipants(grain, key, "");
    }

    private static String newParticipants(String grain, String key, String join) {
        return "INSERT INTO rollup_participation (grain, period_key, " + PURCHASER_COLUMNS + ", purchasers)"
                + " SELECT '" + grain + "', b.period_key, b.region_code, b.city_code, b.purchaser_type,"
                + " b.budget_unit_kind, b.school_type, b.supervising_department_code, COUNT(*)"
                + " FROM (SELECT DISTINCT " + key + " AS period_key, p.purchaser_id, u.region_code, "
                + city("u.region_code") + " AS city_code, u.purchaser_type,"
                + " COALESCE(u.budget_unit_kind, '') AS budget_unit_kind, COALESCE(u.school_type, '') AS school_type,"
                + " COALESCE(u.supervising_department_code, '') AS supervising_department_code"
                + counted(join) + " AND p.import_batch_id = ?) b"
                + " WHERE NOT EXISTS (SELECT 1 FROM rollup_purchaser_period pp WHERE pp.grain = '" + grain + "'"
                + " AND pp.period_key = b.period_key AND pp.purchaser_id = b.purchaser_id)"
                + " GROUP BY b.period_key, b.region_code, b.city_code, b.purchaser_type, b.budget_unit_kind,"
                + " b.school_type, b.supervising_department_code"
                + " ON DUPLICATE KEY UPDATE purchasers = purchasers + VALUES(purchasers)";
    }

    private static final String ALL_PARTICIPATION = "INSERT INTO rollup_participation (grain, period_key, "
            + PURCHASER_COLUMNS + ", purchasers) SELECT grain, period_key, " + PURCHASER_COLUMNS + ", COUNT(*)"
            + " FROM rollup_purchaser_period GROUP BY grain, period_key, " + PURCHASER_COLUMNS;

    /**
     * Adds the counted purchases the condition selects to their suppliers' period rows. Grouped on the purchases alone
     * first, then joined to the suppliers' counties: joined first, MariaDB read each supplier's purchases of all time
     * through the supplier index for every month of a rebuild (45 s a month at national scale).
     */
    private static String supplierPeriod(String grain, String key, String where) {
        return "INSERT INTO rollup_supplier_period (grain, period_key, supplier_id, channel_code, region_code,"
                + " city_code, amount, orders)"
                + " SELECT '" + grain + "', x.k, x.supplier_id, x.channel_code, m.county_code, " + city("m.county_code")
                + ", x.sum_amount, x.order_count FROM (SELECT " + key + " AS k, p.supplier_id, p.channel_code,"
                + " SUM(p.amount) AS sum_amount, COUNT(*) AS order_count FROM purchase p WHERE p.status = 'COMPLETED'"
                + where + " GROUP BY " + key + ", p.supplier_id, p.channel_code) x"
                + " JOIN market_entity m ON m.id = x.supplier_id"
                + " ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), orders = orders + VALUES(orders)";
    }

    /** The purchase platforms whose active suppliers rollup_platform_supplier_count counts. */
    public static final List<String> PLATFORMS = List.of("PLATFORM_832", "XIAOKANG_LONGJIANG");
    private static final String PLATFORM_LIST = "('PLATFORM_832', 'XIAOKANG_LONGJIANG')";

    /**
     * Counts the platform suppliers of the batch that are new in a period (no platform row in rollup_supplier_period
     * yet): run before the batch's supplier rows are added.
     */
    private static String newPlatformSuppliers(String grain, String key) {
        return "INSERT INTO rollup_platform_supplier_count (grain, period_key, region_code, city_code, suppliers)"
                + " SELECT '" + grain + "', b.period_key, b.region_code, b.city_code, COUNT(*)"
                + " FROM (SELECT DISTINCT " + key + " AS period_key, p.supplier_id, m.county_code AS region_code, "
                + city("m.county_code") + " AS city_code FROM purchase p JOIN market_entity m ON m.id = p.supplier_id"
                + " WHERE p.status = 'COMPLETED' AND p.import_batch_id = ? AND p.channel_code IN " + PLATFORM_LIST
                + ") b WHERE NOT EXISTS (SELECT 1 FROM rollup_supplier_period sp WHERE sp.grain = '" + grain + "'"
                + " AND sp.period_key = b.period_key AND sp.channel_code IN " + PLATFORM_LIST
                + " AND sp.supplier_id = b.supplier_id)"
                + " GROUP BY b.period_key, b.region_code, b.city_code"
                + " ON DUPLICATE KEY UPDATE suppliers = suppliers + VALUES(suppliers)";
    }

    private static final String ALL_PLATFORM_SUPPLIERS = "INSERT INTO rollup_platform_supplier_count (grain,"
            + " period_key, region_code, city_code, suppliers) SELECT grain, period_key, region_code, city_code,"
            + " COUNT(DISTINCT supplier_id) FROM rollup_supplier_period WHERE channel_code IN " + PLATFORM_LIST
            + " GROUP BY grain, period_key, region_code, city_code";

    private static final java.util.Map<String, String> SALE_EXPRESSIONS = java.util.Map.of(
            "month_key", "YEAR(s.sale_date) * 100 + MONTH(s.sale_date)",
            "on_day", "s.sale_date",
            "region_code", "s.region_code",
            "city_code", city("s.region_code"),
            "category_code", "s.category_code",
            "channel_code", "s.channel_code",
            "channel_kind", "c.kind",
            "buyer_type", "s.buyer_type",
            "buyer_province_code", "COALESCE(s.buyer_province_code, '')");

    /** Adds the sales the condition selects to a sale cube, summed over its columns. */
    private static String saleCube(Cubes.Cube cube, String where) {
        var expressions = cube.columns().stream().map(SALE_EXPRESSIONS::get).toList();
        return "INSERT INTO " + cube.table() + " (" + String.join(", ", cube.columns()) + ", amount, records)"
                + " SELECT " + String.join(", ", expressions) + ", SUM(s.amount), COUNT(*)"
                + " FROM sale s JOIN sales_channel c ON c.code = s.channel_code" + where
                + " GROUP BY " + String.join(", ", expressions)
                + " ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount), records = records + VALUES(records)";
    }

    private final JdbcTemplate jdbc;
    private final RegistryRollups registry;
    private final CatalogRollups catalog;

    RollupWriter(JdbcTemplate jdbc, RegistryRollups registry, CatalogRollups catalog) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.catalog = catalog;
    }

    /** Adds the counted purchases of one import batch to every purchase rollup. */
    public void addPurchaseBatch(long batchId) {
        var batch = " AND p.import_batch_id = ?";
        jdbc.update(purchaseCube(Cubes.PURCHASE_DAY, batch), batchId);
        for (var cube : Cubes.PURCHASE_MONTHS) {
            jdbc.update(purchaseCube(cube, batch), batchId);
        }
        for (var grain : grains()) {
            jdbc.update(newParticipants(grain.name, grain.key), batchId);
            jdbc.update(purchaserPeriod(grain.name, grain.key, batch), batchId);
            registry.unitCompletions().addPurchaseBatch(batchId, grain.name, grain.key);
            jdbc.update(newPlatformSuppliers(grain.name, grain.key), batchId);
            jdbc.update(supplierPeriod(grain.name, grain.key, batch), batchId);
        }
        // Year to month: a purchase of month m adds to its year's rows of the YEAR_TO_MONTHS from m on. No
        // completion or supplier rows have this grain.
        jdbc.update(newParticipants(YEAR_TO_MONTH, YEAR_TO_MONTH_KEY, YEAR_TO_MONTH_JOIN), batchId);
        jdbc.update(purchaserPeriod(YEAR_TO_MONTH, YEAR_TO_MONTH_KEY, YEAR_TO_MONTH_JOIN, batch), batchId);
    }

    /** Adds the sales of one import batch to the sale rollups. */
    public void addSaleBatch(long batchId) {
        var batch = " WHERE s.import_batch_id = ?";
        jdbc.update(saleCube(Cubes.SALE_DAY, batch), batchId);
        for (var cube : Cubes.SALE_MONTHS) {
            jdbc.update(saleCube(cube, batch), batchId);
        }
        for (var grain : SaleProductRollup.GRAINS) {
            jdbc.update(SaleProductRollup.newProducts(grain), batchId);
            jdbc.update(SaleProductRollup.fromSales(grain, batch), batchId);
        }
    }

    /** Empties every rollup and fills it from all raw rows, in the caller's transaction. */
    public RebuildReport rebuild() {
        long started = System.nanoTime();
        rebuildPurchases();
        rebuildSales();
        return report(started);
    }

    /**
     * The purchase rollups from the raw purchases, then the registry's and the catalog's (the budget units' completion
     * rows need the per-purchaser rows): every rollup but the sales', in the caller's transaction.
     */
    public void rebuildPurchases() {
        for (var table : TABLES) {
            if (!isSaleTable(table)) {
                // DELETE, not TRUNCATE: TRUNCATE commits on MySQL, and the rebuild must be all or nothing.
                jdbc.update("DELETE FROM " + table);
            }
        }
        // The raw tables are read once per kind of rollup (days, purchasers, suppliers); every coarser rollup is
        // summed from a finer one, which is what makes a rebuild at national scale take minutes, not hours. Month by
        // month: the groups of one month fit in memory, where the groups of all months (millions of day rows) made
        // MariaDB spill its grouping table to disk and take most of an hour for the day table alone.
        for (var month : months("purchase", "order_date")) {
            var from = month.atDay(1);
            var to = month.atEndOfMonth();
            var key = month.getYear() * 100 + month.getMonthValue();
            var inMonth = " AND p.order_date BETWEEN ? AND ?";
            jdbc.update(purchaseCube(Cubes.PURCHASE_DAY, inMonth), from, to);
            jdbc.update(fromCube(Cubes.PURCHASE_DAY, Cubes.PURCHASE_MONTH, "orders", " WHERE on_day BETWEEN ? AND ?"),
                    from, to);
            for (var cube : Cubes.PURCHASE_MONTHS) {
                if (cube != Cubes.PURCHASE_MONTH) {
                    jdbc.update(fromCube(Cubes.PURCHASE_MONTH, cube, "orders", " WHERE month_key = ?"), key);
                }
            }
            jdbc.update(purchaserPeriod("M", MONTH_KEY, inMonth), from, to);
            jdbc.update(supplierPeriod("M", MONTH_KEY, inMonth), from, to);
        }
        for (var year : years(months("purchase", "order_date"))) {
            for (var grain : List.of("Q", "Y")) {
                jdbc.update(purchaserPeriodFromMonths(grain), year * 100 + 1, year * 100 + 12);
                jdbc.update(supplierPeriodFromMonths(grain), year * 100 + 1, year * 100 + 12);
            }
        }
        jdbc.update(YEAR_TO_MONTH_FROM_MONTHS);
        jdbc.update(ALL_PARTICIPATION);
        jdbc.update(ALL_PLATFORM_SUPPLIERS);
        registry.refreshNow();
        catalog.refreshNow();
    }

    /** The sale rollups from the raw sales, in the caller's transaction. */
    public void rebuildSales() {
        for (var table : TABLES) {
            if (isSaleTable(table)) {
                jdbc.update("DELETE FROM " + table);
            }
        }
        for (var month : months("sale", "sale_date")) {
            var from = month.atDay(1);
            var to = month.atEndOfMonth();
            jdbc.update(saleCube(Cubes.SALE_DAY, " WHERE s.sale_date BETWEEN ? AND ?"), from, to);
            jdbc.update(fromCube(Cubes.SALE_DAY, Cubes.SALE_MONTH, "records", " WHERE on_day BETWEEN ? AND ?"), from,
                    to);
            for (var cube : Cubes.SALE_MONTHS) {
                if (cube != Cubes.SALE_MONTH) {
                    jdbc.update(fromCube(Cubes.SALE_MONTH, cube, "records", " WHERE month_key = ?"),
                            month.getYear() * 100 + month.getMonthValue());
                }
            }
            jdbc.update(SaleProductRollup.fromSales(SaleProductRollup.GRAINS.getFirst(),
                    " WHERE s.sale_date BETWEEN ? AND ?"), from, to);
        }
        for (var year : years(months("sale", "sale_date"))) {
            jdbc.update(SaleProductRollup.fromMonths("Q"), year * 100 + 1, year * 100 + 12);
            jdbc.update(SaleProductRollup.fromMonths("Y"), year * 100 + 1, year * 100 + 12);
        }
        jdbc.update(SaleProductRollup.ALL_COUNTS);
    }

    /** Every month from the earliest to the latest date of a raw table (none when it is empty). */
    private List<YearMonth> months(String table, String column) {
        var range = jdbc.queryForObject("SELECT MIN(" + column + "), MAX(" + column + ") FROM " + table,
                (rs, n) -> new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)});
        var months = new ArrayList<YearMonth>();
        if (range == null || range[0] == null) {
            return months;
        }
        var last = YearMonth.from(range[1]);
        for (var month = YearMonth.from(range[0]); !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    private static List<Integer> years(List<YearMonth> months) {
        return months.stream().map(YearMonth::getYear).distinct().toList();
    }

    private static boolean isSaleTable(String table) {
        return table.startsWith("rollup_sale_");
    }

    /** What the rollups hold now, and how long since {@code started} (System.nanoTime). */
    public RebuildReport report(long started) {
        long purchases = count("SELECT COALESCE(SUM(orders), 0) FROM rollup_purchase_day");
        long sales = count("SELECT COALESCE(SUM(records), 0) FROM rollup_sale_day");
        long rows = 0;
        for (var table : TABLES) {
            rows += count("SELECT COUNT(*) FROM " + table);
        }
        var took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Rebuilt the rollups from {} counted purchases and {} sales: {} rows in {} ms", purchases, sales,
                rows, took.toMillis());
        return new RebuildReport(purchases, sales, rows, took);
    }

    /** Whether the rollups are empty although there are raw rows they should hold (e.g. demo data written by JDBC). */
    public boolean emptyButRawRowsExist() {
        boolean empty = !exists("rollup_purchase_month") && !exists("rollup_sale_month");
        return empty && (exists("purchase WHERE status = 'COMPLETED'") || exists("sale"));
    }

    private boolean exists(String tableAndCondition) {
        return !jdbc.queryForList("SELECT 1 FROM " + tableAndCondition + " LIMIT 1").isEmpty();
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }

    private record Grain(String name, String key) {
    }

    private static List<Grain> grains() {
        return List.of(new Grain("M", MONTH_KEY), new Grain("Q", QUARTER_KEY), new Grain("Y", YEAR_KEY));
    }
}
