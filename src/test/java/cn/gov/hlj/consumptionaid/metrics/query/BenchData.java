package cn.gov.hlj.consumptionaid.metrics.query;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A moderate amount of realistic data for the dashboard benchmark when its database has none yet (the lead's
 * national-scale generator fills it otherwise): purchasers of every type weighted like the province's, reserved
 * shares, suppliers, catalog products, complaints, and two years of purchases (mostly through the 832 platform) and
 * sales, written with batched JDBC inserts without foreign-key checks. Sizes from system properties:
 * {@code bench.purchasers}, {@code bench.entities}, {@code bench.products}, {@code bench.purchases},
 * {@code bench.sales}.
 */
final class BenchData {

    private static final int BATCH = 5_000;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final LocalDate today;
    private final Random random = new Random(20261128L);
    private List<String> regions;
    private List<String> counties;
    private List<String> categories;
    private List<String> departments;

    BenchData(DataSource dataSource, LocalDate today) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.today = today;
    }

    static int size(String name, int fallback) {
        return Integer.getInteger("bench." + name, fallback);
    }

    boolean empty() {
        return jdbc.queryForList("SELECT 1 FROM purchase LIMIT 1").isEmpty();
    }

    void generate() throws SQLException {
        regions = jdbc.queryForList("SELECT code FROM region ORDER BY code", String.class);
        counties = jdbc.queryForList("SELECT code FROM region WHERE region_level = 'COUNTY' ORDER BY code",
                String.class);
        categories = jdbc.queryForList("SELECT code FROM product_category ORDER BY code", String.class);
        departments = jdbc.queryForList("SELECT code FROM department ORDER BY code", String.class);
        int purchasers = size("purchasers", 100_000);
        int entities = size("entities", 5_000);
        int products = size("products", 20_000);
        int purchases = size("purchases", 3_000_000);
        int sales = size("sales", 2_000_000);
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("SET foreign_key_checks = 0");
                statement.execute("SET unique_checks = 0");
            }
            long firstPurchaser = nextId(connection, "purchaser");
            purchasers(connection, purchasers);
            long firstEntity = nextId(connection, "market_entity");
            entities(connection, entities);
            long firstProduct = nextId(connection, "certification_application");
            products(connection, products, firstEntity, entities);
            complaints(connection, Math.max(100, products / 10), firstEntity, entities);
            purchases(connection, purchases, firstPurchaser, purchasers, firstEntity, entities, firstProduct,
                    products);
            sales(connection, sales, firstEntity, entities, firstProduct, products);
            try (var statement = connection.createStatement()) {
                statement.execute("SET foreign_key_checks = 1");
                statement.execute("SET unique_checks = 1");
            }
        }
    }

    private static long nextId(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void purchasers(Connection connection, int count) throws SQLException {
        var sql = "INSERT INTO purchaser (id, version, code, name, purchaser_type, budget_unit_kind, school_type,"
                + " admin_level, supervising_department_code, region_code, canteen) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)";
        long first = nextId(connection, "purchaser");
        try (var insert = connection.prepareStatement(sql);
             var share = connection.prepareStatement("INSERT INTO reserved_share (version, purchaser_id, share_year,"
                     + " canteen, canteen_budget, reserved_ratio, reserved_amount, status) VALUES (0, ?, ?, 'OWN', ?,"
                     + " ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                long id = first + i;
                int roll = random.nextInt(100);
                String type = roll < 75 ? "BUDGET_UNIT" : roll < 78 ? "SOE" : roll < 88 ? "PRIVATE_ENTERPRISE"
                        : roll < 95 ? "UNION" : "SOCIAL_ORGANIZATION";
                String kind = null;
                String school = null;
                String level = null;
                String department = pick(departments);
                if (type.equals("BUDGET_UNIT")) {
                    int k = random.nextInt(100);
                    kind = k < 40 ? "AGENCY" : k < 75 ? "SCHOOL" : k < 85 ? "HOSPITAL" : "OTHER_INSTITUTION";
                    if (kind.equals("SCHOOL")) {
                        school = new String[] {"UNIVERSITY", "VOCATIONAL", "PRIMARY_SECONDARY", "PRIMARY_SECONDARY",
                                "PRIMARY_SECONDARY", "KINDERGARTEN"}[random.nextInt(6)];
                        department = "EDUCATION";
                    } else if (kind.equals("HOSPITAL")) {
                        department = "HEALTH";
                    }
                    level = new String[] {"PROVINCE", "CITY", "COUNTY", "COUNTY"}[random.nextInt(4)];
                }
                insert.setLong(1, id);
                insert.setString(2, "BENCH-" + id);
                insert.setString(3, "基准单位" + id);
                insert.setString(4, type);
                insert.setString(5, kind);
                insert.setString(6, school);
                insert.setString(7, level);
                insert.setString(8, department);
                insert.setString(9, region());
                insert.setString(10, kind == null ? null : "OWN");
                insert.addBatch();
                if (type.equals("BUDGET_UNIT")) {
                    for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
                        if (random.nextInt(10) == 0) {
                            continue;
                        }
                        var budget = money(50_000, 3_000_000);
                        var ratio = BigDecimal.valueOf(random.nextInt(8) == 0 ? 0 : 10 + random.nextInt(21));
                        share.setLong(1, id);
                        share.setInt(2, year);
                        share.setBigDecimal(3, budget);
                        share.setBigDecimal(4, ratio);
                        share.setBigDecimal(5, budget.multiply(ratio).movePointLeft(2).setScale(2,
                                java.math.RoundingMode.HALF_UP));
                        share.setString(6, random.nextInt(10) == 0 ? "APPROVED" : "SUBMITTED");
                        share.addBatch();
                    }
                }
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                    share.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            share.executeBatch();
            connection.commit();
        }
    }

    /** Harbin and the larger prefectures hold more units, as in the province. */
    private String region() {
        if (random.nextInt(10) < 3) {
            var harbin = regions.stream().filter(r -> r.startsWith("2301")).toList();
            return harbin.get(random.nextInt(harbin.size()));
        }
        return pick(regions);
    }

    private void entities(Connection connection, int count) throws SQLException {
        long first = nextId(connection, "market_entity");
        try (var insert = connection.prepareStatement("INSERT INTO market_entity (id, version, credit_code, name,"
                + " entity_type, county_code, legal_representative, contact, helps_by_wages, helps_by_assets,"
                + " helps_by_business_income, leading_enterprise, hundred_enterprises, blacklisted, blacklisted_on)"
                + " VALUES (?, 0, ?, ?, ?, ?, '张三', '13800000000', TRUE, FALSE, FALSE, ?, FALSE, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                long id = first + i;
                boolean blacklisted = random.nextInt(100) == 0;
                insert.setLong(1, id);
                insert.setString(2, String.format("BENCH%013d", id));
                insert.setString(3, "基准主体" + id);
                insert.setString(4, random.nextBoolean() ? "ENTERPRISE" : "FARMERS_COOPERATIVE");
                insert.setString(5, pick(counties));
                insert.setBoolean(6, random.nextInt(10) == 0);
                insert.setBoolean(7, blacklisted);
                insert.setDate(8, blacklisted ? Date.valueOf(today.minusDays(random.nextInt(600))) : null);
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    private void products(Connection connection, int count, long firstEntity, int entities) throws SQLException {
        long first = nextId(connection, "certification_application");
        try (var insert = connection.prepareStatement("INSERT INTO certification_application (id, version,"
                + " market_entity_id, county_code, product_name, category_code, specification, price, reference_price,"
                + " quality_evidence, poor_people_driven, poverty_link, commodity_value, commitment, priority, status,"
                + " submitted_at, last_step_at, catalog_number, published_on, valid_until, withdrawal_reason,"
                + " withdrawn_on) VALUES (?, 0, ?, ?, ?, ?, '500g', 10, 12, '检测报告', ?, '带贫', 1000, TRUE, FALSE, ?,"
                + " ?, ?, ?, ?, ?, ?, ?)")) {
            var submitted = Timestamp.valueOf(LocalDateTime.of(today.minusYears(2), java.time.LocalTime.NOON));
            for (int i = 0; i < count; i++) {
                long id = first + i;
                int roll = random.nextInt(100);
                String status = roll < 80 ? "IN_CATALOG" : roll < 88 ? "WITHDRAWN" : roll < 95 ? "RENEWED"
                        : "SUBMITTED";
                boolean published = !status.equals("SUBMITTED");
                var publishedOn = today.minusDays(random.nextInt(700));
                insert.setLong(1, id);
                insert.setLong(2, firstEntity + random.nextInt(entities));
                insert.setString(3, pick(counties));
                insert.setString(4, "基准产品" + id);
                insert.setString(5, pick(categories));
                insert.setInt(6, random.nextInt(300));
                insert.setString(7, status);
                insert.setTimestamp(8, submitted);
                insert.setTimestamp(9, submitted);
                insert.setString(10, published ? "BENCH-P" + id : null);
                insert.setDate(11, published ? Date.valueOf(publishedOn) : null);
                insert.setDate(12, published ? Date.valueOf(publishedOn.plusYears(1)) : null);
                boolean withdrawn = status.equals("WITHDRAWN");
                insert.setString(13, withdrawn ? (random.nextInt(4) == 0 ? "QUALITY_OR_SAFETY" : "NO_SALES_FOR_A_YEAR")
                        : null);
                insert.setDate(14, withdrawn ? Date.valueOf(publishedOn.plusDays(random.nextInt(200))) : null);
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    private void complaints(Connection connection, int count, long firstEntity, int entities) throws SQLException {
        try (var insert = connection.prepareStatement("INSERT INTO complaint (version, source, market_entity_id,"
                + " county_code, description, received_on, deadline, handler_username, handler_name, closed_on)"
                + " VALUES (0, 'PUBLIC', ?, ?, '基准投诉', ?, ?, 'supervisor', '监督员', ?)")) {
            for (int i = 0; i < count; i++) {
                var received = today.minusDays(random.nextInt(700));
                insert.setLong(1, firstEntity + random.nextInt(entities));
                insert.setString(2, pick(counties));
                insert.setDate(3, Date.valueOf(received));
                insert.setDate(4, Date.valueOf(received.plusDays(30)));
                insert.setDate(5, random.nextInt(4) == 0 ? null : Date.valueOf(received.plusDays(random.nextInt(40))));
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    private long batch(Connection connection, String table, String type, int rows) throws SQLException {
        var sha = java.util.UUID.randomUUID().toString().replace("-", "")
                + java.util.UUID.randomUUID().toString().replace("-", "");
        try (var insert = connection.prepareStatement("INSERT INTO " + table + " (version, import_type, file_name,"
                + " file_sha256, file_size, rows_in_file, rows_created, rows_skipped, imported_by, imported_at)"
                + " VALUES (0, ?, 'bench.xlsx', ?, 1, ?, ?, 0, 'bench', ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, type);
            insert.setString(2, sha);
            insert.setInt(3, rows);
            insert.setInt(4, rows);
            insert.setTimestamp(5, Timestamp.valueOf(LocalDateTime.now()));
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private String channel() {
        int roll = random.nextInt(100);
        return roll < 80 ? "PLATFORM_832" : roll < 88 ? "XIAOKANG_LONGJIANG" : roll < 92 ? "JD"
                : roll < 95 ? "CONSUMPTION_AID_COUNTER" : roll < 98 ? "CONSUMPTION_AID_HALL" : "HARBIN_TRADE_FAIR";
    }

    private LocalDate day() {
        var first = today.minusYears(1).withDayOfYear(1);
        return first.plusDays(random.nextInt((int) java.time.temporal.ChronoUnit.DAYS.between(first, today) + 1));
    }

    private void purchases(Connection connection, int count, long firstPurchaser, int purchasers, long firstEntity,
                           int entities, long firstProduct, int products) throws SQLException {
        var sql = "INSERT INTO purchase (version, channel_code, order_no, order_date, purchaser_id, supplier_id,"
                + " product_id, product_name, category_code, origin_county_code, amount, status, donation, consignment,"
                + " union_purchase, import_batch_id, source_row) VALUES (0, ?, ?, ?, ?, ?, ?, '基准产品', ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?)";
        long batch = 0;
        try (var insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                if (i % 500_000 == 0) {
                    batch = batch(connection, "purchasing_import_batch", "BENCH_PURCHASES", 500_000);
                }
                int roll = random.nextInt(100);
                insert.setString(1, channel());
                insert.setString(2, "BENCH-O" + i);
                insert.setDate(3, Date.valueOf(day()));
                insert.setLong(4, firstPurchaser + random.nextInt(purchasers));
                insert.setLong(5, firstEntity + random.nextInt(entities));
                insert.setLong(6, firstProduct + random.nextInt(products));
                insert.setString(7, pick(categories));
                insert.setString(8, pick(counties));
                insert.setBigDecimal(9, money(20, 20_000));
                insert.setString(10, roll < 85 ? "COMPLETED" : roll < 92 ? "ACCEPTED" : roll < 97 ? "PLACED"
                        : "CANCELLED");
                insert.setBoolean(11, random.nextInt(10) == 0);
                insert.setBoolean(12, random.nextInt(15) == 0);
                insert.setBoolean(13, random.nextInt(20) == 0);
                insert.setLong(14, batch);
                insert.setInt(15, i % 500_000 + 2);
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    private void sales(Connection connection, int count, long firstEntity, int entities, long firstProduct,
                       int products) throws SQLException {
        // Every sale names a catalog product (for "products online"), chosen without drawing so that the other
        // columns stay what the same seed gave before.
        var sql = "INSERT INTO sale (version, channel_code, record_no, sale_date, supplier_id, product_name,"
                + " category_code, region_code, buyer_type, buyer_province_code, quantity, unit, amount,"
                + " import_batch_id, source_row, product_id) VALUES (0, ?, ?, ?, ?, '基准产品', ?, ?, ?, ?, ?, '件', ?,"
                + " ?, ?, ?)";
        var channels = new ArrayList<>(jdbc.queryForList("SELECT code FROM sales_channel", String.class));
        long batch = 0;
        try (var insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                if (i % 500_000 == 0) {
                    batch = batch(connection, "sales_import_batch", "BENCH_SALES", 500_000);
                }
                insert.setString(1, random.nextInt(3) == 0 ? pick(channels) : channel());
                insert.setString(2, "BENCH-S" + i);
                insert.setDate(3, Date.valueOf(day()));
                insert.setLong(4, firstEntity + random.nextInt(entities));
                insert.setString(5, pick(categories));
                insert.setString(6, pick(counties));
                insert.setString(7, new String[] {"INDIVIDUAL", "ENTERPRISE", "INSTITUTION"}[random.nextInt(3)]);
                int province = random.nextInt(10);
                insert.setString(8, province < 6 ? "230000" : province < 8 ? "440000" : province < 9 ? "110000" : null);
                insert.setBigDecimal(9, BigDecimal.valueOf(1 + random.nextInt(200)));
                insert.setBigDecimal(10, money(10, 30_000));
                insert.setLong(11, batch);
                insert.setInt(12, i % 500_000 + 2);
                insert.setLong(13, firstProduct + (i * 7_919L) % products);
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    private BigDecimal money(int min, int max) {
        return BigDecimal.valueOf(min * 100L + random.nextLong((max - min) * 100L), 2);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
