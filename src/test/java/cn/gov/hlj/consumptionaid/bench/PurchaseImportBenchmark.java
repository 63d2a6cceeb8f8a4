package cn.gov.hlj.consumptionaid.bench;

import cn.gov.hlj.consumptionaid.catalog.CreditCodes;
import cn.gov.hlj.consumptionaid.purchasing.PurchaseFiles;
import cn.gov.hlj.consumptionaid.purchasing.PurchaseImport;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import cn.gov.hlj.consumptionaid.support.MariaDbDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import benchmark of the purchasing issue (not a timed test: it prints, and asserts only that the rows arrived).
 * Imports a generated 100,000-line 832 order export (.xlsx) into MariaDB through {@link PurchaseImport} — reading,
 * checking every row, and writing all of them in one transaction — and loads the same rows with
 * {@code LOAD DATA LOCAL INFILE} into a scratch copy of the table (same indexes), then prints both speeds and their
 * ratio. Target: ≤ 10 s for the 100,000 rows and ≥ 30 % of LOAD DATA's speed.
 *
 * <pre>./mvnw -B -Pbench verify -Dtest=PurchaseImportBenchmark</pre>
 */
@Tag("bench")
@IntegrationTest
@ActiveProfiles({"embedded", "test", "mysql"})
class PurchaseImportBenchmark {

    static final int ROWS = Integer.getInteger("bench.rows", 100_000);
    static final int PURCHASERS = 20_000;
    static final int SUPPLIERS = 500;

    private static String database;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) throws Exception {
        database = MariaDbDatabase.register(registry);
    }

    @Autowired
    PurchaseImport imports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("supply-cooperative")
    void import_a_100k_line_832_export_and_compare_with_load_data() throws Exception {
        var suppliers = storePurchasersAndSuppliers();
        var random = new Random(832);
        var warmUp = PurchaseFiles.xlsx(PurchaseFiles.HEADERS_832, lines("W", 5_000, suppliers, random));
        imports.commit("预热.xlsx", warmUp);

        var lines = lines("B", ROWS, suppliers, random);
        var file = PurchaseFiles.xlsx(PurchaseFiles.HEADERS_832, lines);
        long started = System.nanoTime();
        var preview = imports.preview("832订单导出.xlsx", file);
        double previewSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(preview.problems()).isEmpty();

        started = System.nanoTime();
        var result = imports.commit("832订单导出.xlsx", file);
        double importSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(result.created()).isEqualTo(ROWS);

        double loadSeconds = loadData(result.batch().id());

        var out = new StringBuilder();
        out.append("\n==== Purchase import benchmark (MariaDB ").append(jdbc.queryForObject("SELECT VERSION()",
                String.class)).append(", database ").append(database).append(") ====\n");
        out.append(String.format(Locale.ROOT, "file: %,d order lines, %,d bytes (.xlsx)%n", ROWS, file.length));
        out.append(String.format(Locale.ROOT, "preview (read + check, no write): %6.2f s  %,10.0f rows/s%n",
                previewSeconds, ROWS / previewSeconds));
        out.append(String.format(Locale.ROOT, "import  (read + check + write):   %6.2f s  %,10.0f rows/s%n",
                importSeconds, ROWS / importSeconds));
        out.append(String.format(Locale.ROOT, "LOAD DATA LOCAL INFILE (same rows): %5.2f s  %,10.0f rows/s%n",
                loadSeconds, ROWS / loadSeconds));
        out.append(String.format(Locale.ROOT, "import speed = %.0f %% of LOAD DATA's (target >= 30 %%); "
                + "import time %.2f s (target <= 10 s)%n", 100 * loadSeconds / importSeconds, importSeconds));
        System.out.println(out);
        Files.writeString(java.nio.file.Path.of("target", "bench-purchase-import.txt"), out);
    }

    /** The rows the import stored, written as a tab-separated file and loaded into a scratch twin of the table. */
    private double loadData(long batchId) throws Exception {
        jdbc.execute("CREATE TABLE purchase_load_scratch LIKE purchase");
        var file = Files.createTempFile("purchases", ".tsv");
        try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            jdbc.query("SELECT channel_code, order_no, order_date, purchaser_id, supplier_id, product_name,"
                    + " category_code, origin_county_code, quantity, amount, status, donation, consignment,"
                    + " union_purchase, source_row FROM purchase WHERE import_batch_id = ?", rs -> {
                try {
                    for (int c = 1; c <= 15; c++) {
                        if (c > 1) {
                            writer.write('\t');
                        }
                        writer.write(rs.getString(c));
                    }
                    writer.write('\n');
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, batchId);
        }
        var url = "jdbc:mysql://127.0.0.1:3306/" + database + "?allowLoadLocalInfile=true";
        try (var connection = DriverManager.getConnection(url, "root", "");
             var statement = connection.createStatement()) {
            long started = System.nanoTime();
            statement.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath() + "' INTO TABLE"
                    + " purchase_load_scratch CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t'"
                    + " (channel_code, order_no, order_date, purchaser_id, supplier_id, product_name, category_code,"
                    + " origin_county_code, quantity, amount, status, donation, consignment, union_purchase,"
                    + " source_row) SET version = 0");
            double seconds = (System.nanoTime() - started) / 1e9;
            Files.delete(file);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM purchase_load_scratch", Long.class))
                    .isEqualTo(ROWS);
            return seconds;
        }
    }

    private List<String> storePurchasersAndSuppliers() {
        var units = new ArrayList<Object[]>();
        for (int i = 0; i < PURCHASERS; i++) {
            units.add(new Object[] {"BENCH-%06d".formatted(i), "基准测试单位" + i, "230100"});
        }
        jdbc.batchUpdate("INSERT INTO purchaser (version, code, name, purchaser_type, budget_unit_kind,"
                + " admin_level, supervising_department_code, region_code, canteen) VALUES (0, ?, ?, 'BUDGET_UNIT',"
                + " 'AGENCY', 'COUNTY', 'FINANCE', ?, 'OWN')", units);
        var codes = new ArrayList<String>();
        var entities = new ArrayList<Object[]>();
        for (int i = 0; i < SUPPLIERS; i++) {
            var first17 = "93230129%09d".formatted(500_000 + i);
            var code = first17 + CreditCodes.checkCharacter(first17);
            codes.add(code);
            entities.add(new Object[] {code, "延寿县基准合作社" + i});
        }
        jdbc.batchUpdate("INSERT INTO market_entity (version, credit_code, name, entity_type, county_code,"
                + " legal_representative, contact, helps_by_wages, helps_by_assets, helps_by_business_income,"
                + " leading_enterprise, hundred_enterprises, blacklisted) VALUES (0, ?, ?, 'FARMERS_COOPERATIVE',"
                + " '230129', '王经理', '13800000000', TRUE, FALSE, FALSE, FALSE, FALSE, FALSE)", entities);
        return codes;
    }

    private static final List<String> PRODUCTS = List.of("延寿富硒大米 5kg", "黑木耳 250g", "椴树蜜 1kg",
            "小米 2.5kg", "大豆油 5L", "笨鸡蛋 30枚");
    private static final List<String> CATEGORIES = List.of("大米", "食用菌", "蜂产品", "杂粮", "豆油", "畜禽肉蛋");
    private static final List<String> STATUSES = List.of("交易完成", "交易完成", "交易完成", "交易完成", "已收货",
            "待发货", "交易关闭");

    static List<List<Object>> lines(String series, int count, List<String> suppliers, Random random) {
        var lines = new ArrayList<List<Object>>(count);
        for (int i = 0; i < count; i++) {
            int product = random.nextInt(PRODUCTS.size());
            var day = java.time.LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300));
            lines.add(List.of("832" + series + "%09d".formatted(i), day + " 10:%02d:%02d".formatted(
                            random.nextInt(60), random.nextInt(60)), "基准测试单位",
                    "BENCH-%06d".formatted(random.nextInt(PURCHASERS)), "延寿县基准合作社",
                    suppliers.get(random.nextInt(suppliers.size())), PRODUCTS.get(product), CATEGORIES.get(product),
                    1 + random.nextInt(40), (50_00 + random.nextInt(2_000_00)) / 100.0,
                    STATUSES.get(random.nextInt(STATUSES.size())), "否", random.nextInt(20) == 0 ? "是" : "否"));
        }
        return lines;
    }
}
