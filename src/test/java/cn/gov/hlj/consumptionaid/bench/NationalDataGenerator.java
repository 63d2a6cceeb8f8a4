package cn.gov.hlj.consumptionaid.bench;

import cn.gov.hlj.consumptionaid.catalog.CreditCodes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * National-scale benchmark data (the purchasing issue): 400,000 purchasers, 100,000 catalog products of 25,000 market
 * entities in the poverty counties, their reserved shares, and 20 million purchase and sale rows over two years, written
 * straight into a MariaDB database with multi-row INSERTs (foreign-key and unique checks off for the session, as for any
 * bulk load). The schema comes from the application's own Flyway migrations. Deterministic (fixed seeds); skipped when
 * the database already holds the data, so the dashboard benchmark can be rerun against it.
 *
 * <pre>./mvnw -B -Pbench verify -Dtest=NationalDataGenerator [-Dbench.url=jdbc:mysql://127.0.0.1:3306/aid_bench]
 *     [-Dbench.purchases=10000000 -Dbench.sales=10000000]</pre>
 *
 * It raises MariaDB's InnoDB buffer pool to 4 GB when it is smaller (a bulk load of 20 million rows with secondary
 * indexes is disk-bound with the default 128 MB).
 */
@Tag("bench")
@SpringBootTest
@Import(cn.gov.hlj.consumptionaid.support.TestClockConfiguration.class)
@ActiveProfiles({"embedded", "test", "mysql"})
class NationalDataGenerator {

    static final String URL = System.getProperty("bench.url", "jdbc:mysql://127.0.0.1:3306/aid_bench");
    static final int PURCHASERS = Integer.getInteger("bench.purchasers", 400_000);
    static final int ENTITIES = Integer.getInteger("bench.entities", 25_000);
    static final int PRODUCTS = Integer.getInteger("bench.products", 100_000);
    static final int PURCHASES = Integer.getInteger("bench.purchases", 10_000_000);
    static final int SALES = Integer.getInteger("bench.sales", 10_000_000);
    static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    static final LocalDate LAST = LocalDate.of(2026, 11, 28);
    static final int ROWS_PER_INSERT = 2_000;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        var separator = URL.indexOf('/', "jdbc:mysql://".length());
        var name = URL.substring(separator + 1).replaceAll("\\?.*", "");
        try (var connection = DriverManager.getConnection(URL.substring(0, separator) + "/", "root", "");
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + name
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
        registry.add("portal.demo-data.enabled", () -> "false");
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private List<String> counties;
    private List<String> povertyCounties;
    private List<String> prefectures;
    private List<String> categories;
    private List<String> channels;

    @Test
    void generate() throws SQLException {
        long purchases = jdbc.queryForObject("SELECT COUNT(*) FROM purchase", Long.class);
        if (purchases >= PURCHASES) {
            System.out.printf(Locale.ROOT, "%n==== National data already present in %s: %,d purchases, %,d sales ====%n",
                    URL, purchases, jdbc.queryForObject("SELECT COUNT(*) FROM sale", Long.class));
            return;
        }
        assertThat(purchases).as("a partly generated database: drop it and start again").isZero();
        counties = jdbc.queryForList("SELECT code FROM region WHERE region_level = 'COUNTY' ORDER BY code", String.class);
        povertyCounties = jdbc.queryForList("SELECT code FROM region WHERE national_poverty_county OR"
                + " provincial_poverty_county ORDER BY code", String.class);
        prefectures = jdbc.queryForList("SELECT code FROM region WHERE region_level = 'PREFECTURE' ORDER BY code",
                String.class);
        categories = jdbc.queryForList("SELECT code FROM product_category ORDER BY code", String.class);
        channels = jdbc.queryForList("SELECT code FROM sales_channel ORDER BY code", String.class);
        var pool = jdbc.queryForObject("SELECT @@innodb_buffer_pool_size", Long.class);
        if (pool < (4L << 30)) {
            jdbc.execute("SET GLOBAL innodb_buffer_pool_size = " + (4L << 30));
        }
        var out = new StringBuilder("\n==== National benchmark data into " + URL + " ====\n");
        long started = System.nanoTime();
        try (var connection = dataSource.getConnection()) {
            try (var statement = connection.createStatement()) {
                statement.execute("SET SESSION foreign_key_checks = 0");
                statement.execute("SET SESSION unique_checks = 0");
            }
            connection.setAutoCommit(false);
            step(out, "purchasers", PURCHASERS, connection, "INSERT INTO purchaser (id, version, code, name,"
                    + " purchaser_type, budget_unit_kind, school_type, admin_level, supervising_department_code,"
                    + " region_code, canteen) VALUES ", this::purchaser);
            step(out, "reserved shares", budgetUnits() * 2, connection, "INSERT INTO reserved_share (version,"
                    + " purchaser_id, share_year, canteen, canteen_budget, reserved_ratio, reserved_amount, status)"
                    + " VALUES ", this::share);
            step(out, "market entities", ENTITIES, connection, "INSERT INTO market_entity (id, version, credit_code,"
                    + " name, entity_type, county_code, legal_representative, contact, helps_by_wages, helps_by_assets,"
                    + " helps_by_business_income, leading_enterprise, hundred_enterprises, blacklisted) VALUES ",
                    this::entity);
            step(out, "products", PRODUCTS, connection, "INSERT INTO certification_application (id, version,"
                    + " market_entity_id, county_code, product_name, category_code, specification, price,"
                    + " reference_price, quality_evidence, poor_people_driven, poverty_link, commodity_value,"
                    + " commitment, priority, status, submitted_at, last_step_at, catalog_number, published_on,"
                    + " valid_until) VALUES ", this::product);
            step(out, "purchases", PURCHASES, connection, "INSERT INTO purchase (version, channel_code, order_no,"
                    + " order_date, purchaser_id, supplier_id, product_id, product_name, category_code,"
                    + " origin_county_code, quantity, amount, status, donation, consignment, union_purchase) VALUES ",
                    this::purchase);
            step(out, "sales", SALES, connection, "INSERT INTO sale (version, channel_code, record_no, sale_date,"
                    + " product_id, supplier_id, product_name, category_code, region_code, buyer_type,"
                    + " buyer_province_code, quantity, unit, amount) VALUES ", this::sale);
        }
        out.append(String.format(Locale.ROOT, "total: %.1f s%n", (System.nanoTime() - started) / 1e9));
        System.out.println(out);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM purchase", Long.class)).isEqualTo(PURCHASES);
    }

    private static void step(StringBuilder out, String what, int rows, Connection connection, String insert,
                             IntFunction<String> row) throws SQLException {
        long started = System.nanoTime();
        try (var statement = connection.createStatement()) {
            var sql = new StringBuilder(insert.length() + ROWS_PER_INSERT * 200);
            for (int from = 0; from < rows; from += ROWS_PER_INSERT) {
                sql.setLength(0);
                sql.append(insert);
                int to = Math.min(rows, from + ROWS_PER_INSERT);
                for (int i = from; i < to; i++) {
                    if (i > from) {
                        sql.append(',');
                    }
                    sql.append(row.apply(i));
                }
                statement.execute(sql.toString());
                if ((from / ROWS_PER_INSERT) % 50 == 49) {
                    connection.commit();
                }
            }
            connection.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.append(String.format(Locale.ROOT, "%-16s %,12d rows %8.1f s %,10.0f rows/s%n", what, rows, seconds,
                rows / seconds));
        System.out.print(out.substring(out.lastIndexOf("\n", out.length() - 2) + 1));
    }

    // ------------------------------------------------------------------ rows (values are generated, never input)

    private static final String[] KINDS = {"AGENCY", "AGENCY", "AGENCY", "AGENCY", "AGENCY", "SCHOOL", "SCHOOL",
            "SCHOOL", "HOSPITAL", "OTHER_INSTITUTION"};
    private static final String[] SCHOOLS = {"UNIVERSITY", "VOCATIONAL", "PRIMARY_SECONDARY", "PRIMARY_SECONDARY",
            "PRIMARY_SECONDARY", "KINDERGARTEN"};
    private static final String[] DEPARTMENTS = {"FINANCE", "AGRICULTURE", "COMMERCE", "CIVIL_AFFAIRS",
            "DEVELOPMENT_REFORM", "POVERTY_OFFICE"};
    private static final String[] STATUSES = {"COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED",
            "COMPLETED", "COMPLETED", "COMPLETED", "ACCEPTED", "PLACED", "CANCELLED", "REFUNDED"};
    private static final String[] BUYERS = {"INDIVIDUAL", "INDIVIDUAL", "INDIVIDUAL", "ENTERPRISE",
            "PUBLIC_INSTITUTION", "OTHER"};
    private static final int DAYS = (int) (LAST.toEpochDay() - FIRST.toEpochDay()) + 1;

    /** Type by position: 85 % budget units, then SOEs, private firms, unions and social organisations. */
    private static String type(int i) {
        int draw = i % 100;
        return draw < 85 ? "BUDGET_UNIT" : draw < 88 ? "SOE" : draw < 96 ? "PRIVATE_ENTERPRISE" : draw < 98 ? "UNION"
                : "SOCIAL_ORGANIZATION";
    }

    private String purchaser(int i) {
        var random = new Random(i);
        var type = type(i);
        boolean budget = type.equals("BUDGET_UNIT");
        var kind = budget ? KINDS[random.nextInt(KINDS.length)] : null;
        var school = "SCHOOL".equals(kind) ? SCHOOLS[random.nextInt(SCHOOLS.length)] : null;
        var region = random.nextInt(10) == 0 ? prefectures.get(random.nextInt(prefectures.size()))
                : counties.get(random.nextInt(counties.size()));
        var department = switch (type) {
            case "SOE" -> "SASAC";
            case "PRIVATE_ENTERPRISE" -> "COMMERCE_FEDERATION";
            case "BUDGET_UNIT" -> switch (kind) {
                case "SCHOOL" -> "EDUCATION";
                case "HOSPITAL" -> "HEALTH";
                default -> DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
            };
            default -> null;
        };
        return "(" + (i + 1) + ",0,'N" + (i + 1) + "','全国基准单位" + (i + 1) + "','" + type + "'," + text(kind) + ","
                + text(school) + "," + (budget ? region.endsWith("00") ? "'CITY'" : "'COUNTY'" : "NULL") + ","
                + text(department) + ",'" + region + "','OWN')";
    }

    /** Budget units are the first 85 of every hundred purchasers ({@link #type}). */
    private static int budgetUnits() {
        return PURCHASERS / 100 * 85 + Math.min(85, PURCHASERS % 100);
    }

    /** Shares of 2025 and 2026 for every budget unit: row {@code n} is unit {@code n / 2}, year by parity. */
    private String share(int n) {
        int k = n / 2;
        int i = (k / 85) * 100 + k % 85;
        var random = new Random(n * 7L);
        long budget = 200_000 + random.nextInt(4_800_000);
        int ratioHundredths = random.nextInt(25) == 0 ? 0 : 1000 + random.nextInt(1001);
        long amountCents = Math.round(budget * ratioHundredths / 100.0);
        return "(0," + (i + 1) + "," + (2025 + n % 2) + ",'OWN'," + budget + "," + ratioHundredths / 100.0 + ","
                + amountCents / 100 + "." + "%02d".formatted(amountCents % 100) + ",'SUBMITTED')";
    }

    private String entity(int i) {
        var county = povertyCounties.get(i % povertyCounties.size());
        var first17 = "93" + county + "%09d".formatted(i);
        return "(" + (i + 1) + ",0,'" + first17 + CreditCodes.checkCharacter(first17) + "','全国基准合作社" + (i + 1)
                + "','FARMERS_COOPERATIVE','" + county + "','王经理','13800000000',TRUE,FALSE,FALSE,FALSE,FALSE,FALSE)";
    }

    private String product(int i) {
        var random = new Random(i * 13L);
        int entity = i % ENTITIES;
        var county = povertyCounties.get(entity % povertyCounties.size());
        var published = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(600));
        int price = 20 + random.nextInt(400);
        return "(" + (i + 1) + ",0," + (entity + 1) + ",'" + county + "','基准产品" + (i + 1) + "','"
                + categories.get(random.nextInt(categories.size())) + "','1件'," + price + "," + (price + 10)
                + ",'检验合格'," + (5 + random.nextInt(200)) + ",'务工带贫'," + (random.nextInt(2000) + 1)
                + ",TRUE,FALSE,'IN_CATALOG','" + published + " 09:00:00','" + published + " 09:00:00','NB-"
                + (i + 1) + "','" + published + "','" + published.plusYears(1) + "')";
    }

    private final Random purchaseRandom = new Random(31);
    private final Random saleRandom = new Random(37);

    private String purchase(int i) {
        var random = purchaseRandom;
        int product = random.nextInt(PRODUCTS);
        int entity = product % ENTITIES;
        var county = povertyCounties.get(entity % povertyCounties.size());
        var date = FIRST.plusDays(random.nextInt(DAYS));
        int purchaser = random.nextInt(PURCHASERS);
        var type = type(purchaser);
        boolean enterprise = type.equals("SOE") || type.equals("PRIVATE_ENTERPRISE");
        long cents = 5_000 + random.nextInt(2_000_000);
        return "(0,'PLATFORM_832','P" + i + "','" + date + "'," + (purchaser + 1) + "," + (entity + 1) + ","
                + (product + 1) + ",'基准产品" + (product + 1) + "','" + categories.get(product % categories.size())
                + "','" + county + "'," + (1 + random.nextInt(50)) + "," + money(cents) + ",'" + STATUSES[random.nextInt(STATUSES.length)] + "',"
                + (enterprise && random.nextInt(4) == 0) + "," + (enterprise && random.nextInt(8) == 0) + ","
                + (type.equals("BUDGET_UNIT") && random.nextInt(20) == 0) + ")";
    }

    private String sale(int i) {
        var random = saleRandom;
        int product = random.nextInt(PRODUCTS);
        int entity = product % ENTITIES;
        var county = povertyCounties.get(entity % povertyCounties.size());
        var date = FIRST.plusDays(random.nextInt(DAYS));
        long cents = 1_000 + random.nextInt(500_000);
        var province = random.nextInt(8) == 0 ? "'440000'" : random.nextInt(3) == 0 ? "'230000'" : "NULL";
        return "(0,'" + channels.get(random.nextInt(channels.size())) + "','S" + i + "','" + date + "',"
                + (product + 1) + "," + (entity + 1) + ",'基准产品" + (product + 1) + "','"
                + categories.get(product % categories.size()) + "','" + county + "','"
                + BUYERS[random.nextInt(BUYERS.length)] + "'," + province + "," + (1 + random.nextInt(20))
                + ",'件'," + money(cents) + ")";
    }

    private static String money(long cents) {
        long rest = cents % 100;
        return cents / 100 + (rest < 10 ? ".0" : ".") + rest;
    }

    private static String text(String value) {
        return value == null ? "NULL" : "'" + value + "'";
    }
}
