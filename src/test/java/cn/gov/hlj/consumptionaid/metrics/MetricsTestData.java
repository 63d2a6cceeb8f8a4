package cn.gov.hlj.consumptionaid.metrics;

import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Generated data for the metrics tests (and the dashboards' tests): purchasers of every type in real regions,
 * reserved shares, market entities, catalog products in every state, complaints, and import batches of purchases and
 * sales, written by JDBC in the caller's transaction without import events. Deterministic for a seed; every call
 * uses fresh codes, so several generations can share one database.
 * <pre>
 * var data = new MetricsTestData(jdbc, 42, today);
 * data.registry(300);                       // purchasers, shares, entities, products, complaints
 * long batch = data.purchaseBatch(2_000);   // one purchasing_import_batch with its purchases (no event)
 * long sales = data.saleBatch(1_000);
 * </pre>
 * Then publish {@code PurchasesImported}/{@code SalesImported} in a transaction, or rebuild the rollups.
 */
public class MetricsTestData {

    private static final String[] TYPES = {"BUDGET_UNIT", "BUDGET_UNIT", "BUDGET_UNIT", "SOE", "PRIVATE_ENTERPRISE",
            "UNION", "SOCIAL_ORGANIZATION"};
    private static final String[] KINDS = {"AGENCY", "SCHOOL", "SCHOOL", "HOSPITAL", "OTHER_INSTITUTION"};
    private static final String[] SCHOOLS = {"UNIVERSITY", "VOCATIONAL", "PRIMARY_SECONDARY", "KINDERGARTEN"};
    private static final String[] STATUSES = {"COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "PLACED", "ACCEPTED",
            "CANCELLED", "REFUNDED"};
    private static final String[] SHARE_STATUSES = {"SUBMITTED", "SUBMITTED", "APPROVED", "DRAFT", "RETURNED"};
    private static final String[] PRODUCT_STATUSES = {"IN_CATALOG", "IN_CATALOG", "IN_CATALOG", "WITHDRAWAL_REQUESTED",
            "WITHDRAWN", "WITHDRAWN", "RENEWED", "SUBMITTED", "CITY_REVIEWED", "REJECTED"};
    private static final String[] REASONS = {"NO_SALES_FOR_A_YEAR", "NO_LONGER_QUALIFIES", "QUALITY_OR_SAFETY",
            "VIOLATION"};
    private static final String[] BUYER_TYPES = {"INDIVIDUAL", "ENTERPRISE", "INSTITUTION"};
    private static final String[] PROVINCES = {"230000", "440000", "440000", "110000", "310000"};

    private final JdbcTemplate jdbc;
    private final Random random;
    private final LocalDate today;
    private final String tag;
    private final List<String> regions;
    private final List<String> counties;
    private final List<String> categories;
    private final List<String> channels;
    private final List<String> departments;
    private final List<Long> purchasers = new ArrayList<>();
    private final List<Long> entities = new ArrayList<>();
    private final List<Long> products = new ArrayList<>();
    /** Products that were published in the catalog (what a sale's catalog product can be). */
    private final List<Long> publishedProducts = new ArrayList<>();
    private int sequence;

    public MetricsTestData(JdbcTemplate jdbc, long seed, LocalDate today) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
        this.today = today;
        this.tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        this.regions = jdbc.queryForList("SELECT code FROM region ORDER BY code", String.class);
        this.counties = jdbc.queryForList("SELECT code FROM region WHERE region_level = 'COUNTY' ORDER BY code",
                String.class);
        this.categories = jdbc.queryForList("SELECT code FROM product_category ORDER BY code", String.class);
        this.channels = jdbc.queryForList("SELECT code FROM sales_channel ORDER BY code", String.class);
        this.departments = jdbc.queryForList("SELECT code FROM department ORDER BY code", String.class);
    }

    /** The first day of the data: two years before today. */
    public LocalDate firstDay() {
        return today.minusYears(2).withDayOfYear(1);
    }

    public LocalDate today() {
        return today;
    }

    /** Purchasers (with shares for two years), market entities, catalog products and complaints. */
    public MetricsTestData registry(int purchaserCount) {
        purchasers(purchaserCount);
        entities(Math.max(10, purchaserCount / 5));
        products(Math.max(20, purchaserCount / 2));
        complaints(Math.max(10, purchaserCount / 10));
        outletsAndExhibitions(Math.max(6, purchaserCount / 20));
        return this;
    }

    /** Outlets in every state and kind, and exhibitions with the deals signed there. */
    public void outletsAndExhibitions(int count) {
        var kinds = new String[] {"COUNTER", "ZONE", "HALL"};
        var statuses = new String[] {"OPEN", "OPEN", "OPEN", "PLANNED", "SUSPENDED", "CLOSED"};
        var fairs = new String[] {"HARBIN_TRADE_FAIR", "AGRI_TRADE_FAIR", "GREEN_FOOD_EXPO"};
        for (int i = 0; i < count; i++) {
            jdbc.update("INSERT INTO sales_outlet (version, kind, name, address, region_code, operator_name, opened_on,"
                            + " status) VALUES (0, ?, ?, ?, ?, '运营方', ?, ?)", pick(kinds),
                    "MT" + tag + "-OUTLET" + (++sequence), i % 3 == 0 ? "广东省广州市白云区江南市场" + i + "号" : "地址",
                    pick(regions), day(firstDay(), today), pick(statuses));
            var name = "MT" + tag + "-EXPO" + (++sequence);
            var starts = day(firstDay(), today);
            jdbc.update("INSERT INTO sales_exhibition (version, channel_code, name, starts_on, ends_on, place,"
                    + " organizer, region_code) VALUES (0, ?, ?, ?, ?, '会展中心', '省商务厅', ?)", pick(fairs), name,
                    starts, starts.plusDays(4), pick(regions));
            long exhibition = jdbc.queryForObject("SELECT id FROM sales_exhibition WHERE name = ?", Long.class, name);
            for (int d = random.nextInt(4); d > 0; d--) {
                jdbc.update("INSERT INTO sales_exhibition_deal (version, exhibition_id, project_name, supplier_id,"
                                + " supplier_name, buyer_name, amount, signed_on) VALUES (0, ?, '签约项目', ?, '供应商',"
                                + " '采购商', ?, ?)", exhibition, entities.get(random.nextInt(entities.size())),
                        money(10_000, 900_000), starts.plusDays(random.nextInt(5)));
            }
        }
    }

    public void purchasers(int count) {
        // A few supervising units first, so that supervising_unit_id has something to point at.
        for (int i = 0; i < count; i++) {
            var type = pick(TYPES);
            String kind = null;
            String school = null;
            String level = null;
            String department = random.nextInt(10) == 0 ? null : pick(departments);
            if (type.equals("BUDGET_UNIT")) {
                kind = pick(KINDS);
                school = kind.equals("SCHOOL") ? pick(SCHOOLS) : null;
                level = pick(new String[] {"PROVINCE", "CITY", "COUNTY"});
                department = kind.equals("SCHOOL") ? "EDUCATION" : department;
            }
            var code = "MT" + tag + "-U" + (++sequence);
            jdbc.update("INSERT INTO purchaser (version, code, name, purchaser_type, budget_unit_kind, school_type,"
                            + " admin_level, supervising_department_code, region_code, canteen) VALUES (0, ?, ?, ?, ?,"
                            + " ?, ?, ?, ?, ?)",
                    code, "测试单位" + code, type, kind, school, level, department, pick(regions),
                    kind == null ? null : "OWN");
            long id = lastId("purchaser", code);
            purchasers.add(id);
            if (type.equals("BUDGET_UNIT")) {
                for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
                    if (random.nextInt(5) == 0) {
                        continue;
                    }
                    var budget = money(20_000, 2_000_000);
                    var ratio = BigDecimal.valueOf(random.nextInt(4) == 0 ? 0 : 10 + random.nextInt(21));
                    var reserved = budget.multiply(ratio).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                    jdbc.update("INSERT INTO reserved_share (version, purchaser_id, share_year, canteen, canteen_budget,"
                                    + " reserved_ratio, reserved_amount, status) VALUES (0, ?, ?, 'OWN', ?, ?, ?, ?)",
                            id, year, budget, ratio, reserved, pick(SHARE_STATUSES));
                }
            }
        }
    }

    public void entities(int count) {
        for (int i = 0; i < count; i++) {
            var credit = ("MT" + tag + "E" + (++sequence) + "0000000000000000").substring(0, 18);
            boolean blacklisted = random.nextInt(8) == 0;
            jdbc.update("INSERT INTO market_entity (version, credit_code, name, entity_type, county_code,"
                            + " legal_representative, contact, helps_by_wages, helps_by_assets, helps_by_business_income,"
                            + " leading_enterprise, hundred_enterprises, blacklisted, blacklist_reason, blacklisted_on)"
                            + " VALUES (0, ?, ?, ?, ?, '张三', '13800000000', TRUE, FALSE, FALSE, ?, FALSE, ?, ?, ?)",
                    credit, "测试主体" + credit, random.nextBoolean() ? "ENTERPRISE" : "FARMERS_COOPERATIVE",
                    pick(counties), random.nextInt(4) == 0, blacklisted, blacklisted ? "失信" : null,
                    blacklisted ? day(firstDay(), today) : null);
            entities.add(lastId("market_entity", "credit_code", credit));
        }
    }

    public void products(int count) {
        for (int i = 0; i < count; i++) {
            var status = pick(PRODUCT_STATUSES);
            boolean published = !status.equals("SUBMITTED") && !status.equals("CITY_REVIEWED")
                    && !status.equals("REJECTED");
            var publishedOn = published ? day(firstDay(), today) : null;
            var validUntil = published ? publishedOn.plusYears(1) : null;
            boolean withdrawn = status.equals("WITHDRAWN");
            var catalogNumber = published ? "MT" + tag + "P" + (++sequence) : null;
            Long entity = entities.get(random.nextInt(entities.size()));
            var submitted = LocalDateTime.of(firstDay(), java.time.LocalTime.NOON);
            jdbc.update("INSERT INTO certification_application (version, market_entity_id, county_code, product_name,"
                            + " category_code, specification, price, reference_price, quality_evidence,"
                            + " poor_people_driven, poverty_link, commodity_value, commitment, priority, status,"
                            + " submitted_at, last_step_at, catalog_number, published_on, valid_until, withdrawal_reason,"
                            + " withdrawn_on, renewal_of_id) VALUES (0, ?, ?, ?, ?, '500g', 10, 12, '检测报告', ?, '带贫',"
                            + " 1000, TRUE, FALSE, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    entity, pick(counties), "测试产品" + i, pick(categories), random.nextInt(200), status, submitted,
                    submitted, catalogNumber, publishedOn, validUntil, withdrawn ? pick(REASONS) : null,
                    withdrawn ? day(publishedOn, today) : null,
                    status.equals("IN_CATALOG") && !products.isEmpty() && random.nextInt(6) == 0
                            ? products.get(random.nextInt(products.size())) : null);
            products.add(jdbc.queryForObject("SELECT MAX(id) FROM certification_application", Long.class));
            if (published) {
                publishedProducts.add(products.getLast());
            }
        }
    }

    public void complaints(int count) {
        for (int i = 0; i < count; i++) {
            var received = day(firstDay(), today);
            var closed = random.nextInt(3) == 0 ? null : day(received, today);
            jdbc.update("INSERT INTO complaint (version, source, market_entity_id, county_code, description,"
                            + " received_on, deadline, handler_username, handler_name, closed_on, outcome)"
                            + " VALUES (0, 'PUBLIC', ?, ?, '测试投诉', ?, ?, 'supervisor', '监督员', ?, ?)",
                    entities.get(random.nextInt(entities.size())), pick(counties), received, received.plusDays(30),
                    closed, closed == null ? null : "NONE");
        }
    }

    /** One purchasing import batch with {@code rows} purchases over the two years; returns the batch id. */
    public long purchaseBatch(int rows) {
        return purchaseBatch(rows, firstDay(), today);
    }

    public long purchaseBatch(int rows, LocalDate from, LocalDate to) {
        var batch = batch("purchasing_import_batch", "PURCHASES", rows);
        var args = new ArrayList<Object[]>();
        for (int i = 0; i < rows; i++) {
            var channel = random.nextInt(3) == 0 ? pick(channels) : "PLATFORM_832";
            args.add(new Object[] {channel, "MT" + tag + "-O" + (++sequence), day(from, to),
                    purchasers.get(random.nextInt(purchasers.size())), entities.get(random.nextInt(entities.size())),
                    "测试产品", pick(categories), pick(counties), money(10, 50_000), pick(STATUSES),
                    random.nextInt(6) == 0, random.nextInt(7) == 0, random.nextInt(9) == 0, batch, i + 2});
        }
        jdbc.batchUpdate("INSERT INTO purchase (version, channel_code, order_no, order_date, purchaser_id, supplier_id,"
                + " product_name, category_code, origin_county_code, amount, status, donation, consignment,"
                + " union_purchase, import_batch_id, source_row) VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                args);
        return batch;
    }

    /** One sales import batch with {@code rows} sales over the two years; returns the batch id. */
    public long saleBatch(int rows) {
        return saleBatch(rows, firstDay(), today);
    }

    public long saleBatch(int rows, LocalDate from, LocalDate to) {
        var batch = batch("sales_import_batch", "SALES", rows);
        var args = new ArrayList<Object[]>();
        for (int i = 0; i < rows; i++) {
            // Three in four sales name a catalog product (chosen without drawing, so the other draws stay the same).
            var product = i % 4 == 3 || publishedProducts.isEmpty() ? null
                    : publishedProducts.get((i * 7 + sequence) % publishedProducts.size());
            args.add(new Object[] {pick(channels), "MT" + tag + "-S" + (++sequence), day(from, to), product,
                    entities.get(random.nextInt(entities.size())), "测试产品", pick(categories), pick(regions),
                    pick(BUYER_TYPES), random.nextInt(5) == 0 ? null : pick(PROVINCES),
                    BigDecimal.valueOf(1 + random.nextInt(100)), money(10, 80_000), batch, i + 2});
        }
        jdbc.batchUpdate("INSERT INTO sale (version, channel_code, record_no, sale_date, product_id, supplier_id,"
                + " product_name, category_code, region_code, buyer_type, buyer_province_code, quantity, unit, amount,"
                + " import_batch_id, source_row) VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '件', ?, ?, ?)", args);
        return batch;
    }

    private long batch(String table, String type, int rows) {
        var sha = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        jdbc.update("INSERT INTO " + table + " (version, import_type, file_name, file_sha256, file_size, rows_in_file,"
                + " rows_created, rows_skipped, imported_by, imported_at) VALUES (0, ?, ?, ?, 1, ?, ?, 0, 'test', ?)",
                type, "metrics-test.xlsx", sha, rows, rows, LocalDateTime.of(today, java.time.LocalTime.NOON));
        return jdbc.queryForObject("SELECT id FROM " + table + " WHERE file_sha256 = ?", Long.class, sha);
    }

    private long lastId(String table, String code) {
        return lastId(table, "code", code);
    }

    private long lastId(String table, String column, String value) {
        return jdbc.queryForObject("SELECT id FROM " + table + " WHERE " + column + " = ?", Long.class, value);
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        long span = java.time.temporal.ChronoUnit.DAYS.between(from, to);
        return from.plusDays(span <= 0 ? 0 : random.nextLong(span + 1));
    }

    private BigDecimal money(int min, int max) {
        return BigDecimal.valueOf(min * 100L + random.nextLong((max - min) * 100L), 2);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
