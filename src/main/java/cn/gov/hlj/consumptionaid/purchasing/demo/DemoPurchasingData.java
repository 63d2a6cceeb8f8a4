package cn.gov.hlj.consumptionaid.purchasing.demo;

import cn.gov.hlj.consumptionaid.catalog.CatalogDirectory;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.reference.RegionFilter;
import cn.gov.hlj.consumptionaid.reference.RegionLevel;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;

/**
 * Province-scale demo data for the embedded mode, made on the first start so the portal is never empty: about 4,000
 * budget units (provincial, city and county agencies, universities, vocational and ordinary schools, kindergartens,
 * hospitals, disease-control centres) in the real regions, 150 SOEs paired with poverty counties, 300 private
 * enterprises, the budget units' reserved shares of last year and this year, and two years of their 832 orders for
 * the demo catalog's products ({@link DemoPurchases}). Deterministic (fixed seed), written
 * with JDBC batches; like the reference data it has no change history, since nobody changed it.
 */
@Component
@Profile("embedded")
@ConditionalOnBooleanProperty(name = "portal.demo-data.enabled", matchIfMissing = true)
@Order(100)
class DemoPurchasingData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPurchasingData.class);

    static final List<String> PROVINCIAL_AGENCIES = List.of("省委办公厅", "省政府办公厅", "省发展改革委", "省教育厅",
            "省科技厅", "省工业和信息化厅", "省公安厅", "省民政厅", "省司法厅", "省财政厅", "省人力资源和社会保障厅",
            "省自然资源厅", "省生态环境厅", "省住房和城乡建设厅", "省交通运输厅", "省水利厅", "省农业农村厅", "省商务厅",
            "省文化和旅游厅", "省卫生健康委", "省退役军人事务厅", "省应急管理厅", "省审计厅", "省国资委", "省市场监管局",
            "省体育局", "省统计局", "省医保局", "省林草局", "省粮食局", "省总工会", "团省委", "省妇联", "省工商联",
            "省供销社", "省机关事务管理局");
    static final List<String> LOCAL_AGENCIES = List.of("财政局", "教育局", "卫生健康局", "农业农村局", "民政局",
            "公安局", "人民法院", "人民检察院", "自然资源局", "住房和城乡建设局", "交通运输局", "水务局", "商务局",
            "市场监督管理局", "医疗保障局", "统计局", "审计局", "人力资源和社会保障局", "文体广电和旅游局", "应急管理局");
    static final List<String> UNIVERSITIES = List.of("哈尔滨工业大学", "哈尔滨工程大学", "黑龙江大学", "东北农业大学",
            "东北林业大学", "哈尔滨医科大学", "哈尔滨师范大学", "哈尔滨理工大学", "黑龙江中医药大学", "哈尔滨商业大学",
            "黑龙江科技大学", "哈尔滨学院", "齐齐哈尔大学", "佳木斯大学", "牡丹江师范学院", "东北石油大学",
            "黑龙江八一农垦大学", "绥化学院", "黑河学院", "大庆师范学院");
    static final List<String> SOE_GROUPS = List.of("北大荒农垦集团", "龙煤矿业集团", "黑龙江省建设投资集团",
            "黑龙江省交通投资集团", "黑龙江省旅游投资集团", "黑龙江省新产业投资集团", "黑龙江省农业投资集团",
            "黑龙江省水利投资集团", "黑龙江省铁路投资集团", "中国龙江森林工业集团");
    static final List<String> FIRM_WORDS = List.of("绿源", "黑土地", "寒地", "北国", "龙江", "雪乡", "兴安", "三江",
            "松花江", "五谷", "丰禾", "金稻");
    static final List<String> FIRM_TRADES = List.of("食品有限公司", "商贸有限公司", "农业科技有限公司",
            "餐饮管理有限公司", "电子商务有限公司");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ReferenceService reference;
    private final SecurityContextHolderStrategy contextHolder;
    private final Clock clock;
    private final CatalogDirectory catalog;

    DemoPurchasingData(JdbcTemplate jdbc, TransactionTemplate transaction, ReferenceService reference,
                       ObjectProvider<SecurityContextHolderStrategy> contextHolder, Clock clock,
                       CatalogDirectory catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.transaction = transaction;
        this.reference = reference;
        this.contextHolder = contextHolder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.clock = clock;
    }

    /** Reads reference data and the catalog as the system: start-up has no user, and the services are secured. */
    private <T> T asSystem(java.util.function.Supplier<T> work) {
        var context = contextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                List.of(new SimpleGrantedAuthority(AppRoles.REFERENCE_VIEW),
                        new SimpleGrantedAuthority(AppRoles.DATA_IMPORT))));
        contextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            contextHolder.clearContext();
        }
    }

    record Unit(String code, String name, String type, String kind, String school, String level, String department,
                String region, String canteen, String paired) {
    }

    record Region(String code, String parent, RegionLevel level, String name, boolean poverty) {
    }

    @Override
    public void run(ApplicationArguments args) {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM purchaser", Long.class);
        if (existing == null || existing == 0) {
            createPurchasers();
        }
        Long purchases = jdbc.queryForObject("SELECT COUNT(*) FROM purchase", Long.class);
        if (purchases == null || purchases == 0) {
            createPurchases();
        }
    }

    private void createPurchasers() {
        long started = System.nanoTime();
        var regions = asSystem(() -> reference.findRegions(RegionFilter.ALL, Pageable.unpaged())).stream()
                .map(r -> new Region(r.code(), r.parentCode(), r.level(), r.nameZh(), r.povertyCounty()))
                .toList();
        var units = units(regions, new Random(20201028L));
        int thisYear = LocalDate.now(clock).getYear();
        transaction.executeWithoutResult(status -> {
            insertPurchasers(units);
            // Provincial universities report to the education department's agency unit, whose account (edu-agency)
            // reviews their reserved shares.
            var agency = jdbc.queryForObject("SELECT id FROM purchaser WHERE name = ?", Long.class,
                    "黑龙江省教育厅机关");
            jdbc.update("UPDATE purchaser SET supervising_unit_id = ? WHERE budget_unit_kind = 'SCHOOL'"
                    + " AND school_type = 'UNIVERSITY' AND region_code = '230000'", agency);
            insertShares(units, thisYear - 1, new Random(thisYear - 1));
            insertShares(units, thisYear, new Random(thisYear));
        });
        log.info("Created demo purchasing data: {} purchasers with reserved shares of {} and {} in {} ms",
                units.size(), thisYear - 1, thisYear, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Two years of orders of the demo purchasers for the catalog's products (none when the catalog is empty),
     * through the 832 platform.
     */
    private void createPurchases() {
        long started = System.nanoTime();
        var today = LocalDate.now(clock);
        var products = asSystem(() -> catalog.productsValidOn(today));
        if (products.isEmpty()) {
            log.info("No demo purchases: the catalog has no product valid today");
            return;
        }
        var reserved = new HashMap<Long, java.util.Map<Integer, BigDecimal>>();
        jdbc.query("SELECT purchaser_id, share_year, reserved_amount FROM reserved_share", rs -> {
            reserved.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
        });
        var buyers = jdbc.query("SELECT id, purchaser_type FROM purchaser ORDER BY id", (rs, n) ->
                new DemoPurchases.Buyer(rs.getLong(1), rs.getString(2),
                        reserved.getOrDefault(rs.getLong(1), java.util.Map.of())));
        var orders = DemoPurchases.orders(buyers, products, today, new Random(today.getYear() * 31L));
        transaction.executeWithoutResult(status -> jdbc.batchUpdate("INSERT INTO purchase (version, channel_code,"
                        + " order_no, order_date, purchaser_id, supplier_id, product_id, product_name, category_code,"
                        + " origin_county_code, quantity, amount, status, donation, consignment, union_purchase)"
                        + " VALUES (0, 'PLATFORM_832', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", orders, 1000,
                (ps, order) -> {
                    var product = order.product();
                    ps.setString(1, order.orderNo());
                    ps.setDate(2, java.sql.Date.valueOf(order.date()));
                    ps.setLong(3, order.purchaserId());
                    ps.setLong(4, product.supplierId());
                    ps.setLong(5, product.id());
                    ps.setString(6, product.name());
                    ps.setString(7, product.categoryCode());
                    ps.setString(8, product.countyCode());
                    ps.setBigDecimal(9, order.quantity());
                    ps.setBigDecimal(10, order.amount());
                    ps.setString(11, order.status());
                    ps.setBoolean(12, order.donation());
                    ps.setBoolean(13, order.consignment());
                    ps.setBoolean(14, order.unionPurchase());
                }));
        log.info("Created {} demo purchases from {} to {} in {} ms", orders.size(), today.withDayOfYear(1)
                .minusYears(1), today, (System.nanoTime() - started) / 1_000_000);
    }

    static List<Unit> units(List<Region> regions, Random random) {
        var units = new ArrayList<Unit>();
        var province = "230000";
        int[] seq = {0};
        for (var agency : PROVINCIAL_AGENCIES) {
            units.add(budgetUnit(province, "黑龙江" + agency + "机关", "AGENCY", null, "PROVINCE",
                    departmentOf(agency), canteen(random), seq));
        }
        for (var university : UNIVERSITIES) {
            units.add(budgetUnit(province, university, "SCHOOL", "UNIVERSITY", "PROVINCE", "EDUCATION", "OWN", seq));
        }
        var poverty = regions.stream().filter(Region::poverty).map(Region::code).toList();
        var names = new HashMap<String, String>();
        regions.forEach(region -> names.put(region.code(), region.name()));
        for (var region : regions) {
            if (region.level() == RegionLevel.PROVINCE) {
                continue;
            }
            var level = region.level() == RegionLevel.PREFECTURE ? "CITY" : "COUNTY";
            // Districts are known by their city (佳木斯市向阳区, 鹤岗市向阳区), counties by their own name.
            var place = region.name().endsWith("区") ? names.get(region.parent()) + region.name() : region.name();
            for (var agency : LOCAL_AGENCIES) {
                units.add(budgetUnit(region.code(), place + agency, "AGENCY", null, level,
                        departmentOf(agency), canteen(random), seq));
            }
            if (region.level() == RegionLevel.PREFECTURE) {
                units.add(budgetUnit(region.code(), place + "第一医院", "HOSPITAL", null, level, "HEALTH",
                        "OWN", seq));
                units.add(budgetUnit(region.code(), place + "机关事务服务中心", "OTHER_INSTITUTION", null,
                        level, null, "OWN", seq));
                continue;
            }
            units.add(budgetUnit(region.code(), place + "职业技术学校", "SCHOOL", "VOCATIONAL", level,
                    "EDUCATION", canteen(random), seq));
            for (var school : List.of("第一中学", "第二中学", "实验小学", "第一小学")) {
                units.add(budgetUnit(region.code(), place + school, "SCHOOL", "PRIMARY_SECONDARY", level,
                        "EDUCATION", canteen(random), seq));
            }
            units.add(budgetUnit(region.code(), place + "机关幼儿园", "SCHOOL", "KINDERGARTEN", level,
                    "EDUCATION", "OWN", seq));
            units.add(budgetUnit(region.code(), place + "人民医院", "HOSPITAL", null, level, "HEALTH", "OWN",
                    seq));
            units.add(budgetUnit(region.code(), place + "中医医院", "HOSPITAL", null, level, "HEALTH",
                    canteen(random), seq));
            units.add(budgetUnit(region.code(), place + "疾病预防控制中心", "OTHER_INSTITUTION", null, level,
                    "HEALTH", canteen(random), seq));
        }
        var prefectures = regions.stream().filter(r -> r.level() == RegionLevel.PREFECTURE).toList();
        for (int i = 0; i < 150; i++) {
            var group = SOE_GROUPS.get(i % SOE_GROUPS.size());
            var city = prefectures.get(i % prefectures.size());
            var name = i < SOE_GROUPS.size() ? group + "有限公司"
                    : group + city.name() + "分公司" + (i >= SOE_GROUPS.size() * prefectures.size() ? "（二）" : "");
            units.add(new Unit("SOE-%03d".formatted(i + 1), name, "SOE", null, null, null, "SASAC",
                    i < SOE_GROUPS.size() ? "230000" : city.code(), "OWN", poverty.get(i % poverty.size())));
        }
        var counties = regions.stream().filter(r -> r.level() == RegionLevel.COUNTY).toList();
        for (int i = 0; i < 300; i++) {
            var county = counties.get(i % counties.size());
            var place = county.name().endsWith("区") ? names.get(county.parent()) + county.name() : county.name();
            var name = place + FIRM_WORDS.get(i % FIRM_WORDS.size())
                    + FIRM_TRADES.get(random.nextInt(FIRM_TRADES.size()));
            units.add(new Unit("PE-%03d".formatted(i + 1), name, "PRIVATE_ENTERPRISE", null, null, null,
                    "COMMERCE_FEDERATION", county.code(), null, null));
        }
        return units;
    }

    private static Unit budgetUnit(String region, String name, String kind, String school, String level,
                                   String department, String canteen, int[] seq) {
        seq[0]++;
        return new Unit(region + "-%04d".formatted(seq[0]), name, "BUDGET_UNIT", kind, school, level, department,
                region, canteen, null);
    }

    private static String canteen(Random random) {
        int draw = random.nextInt(100);
        return draw < 80 ? "OWN" : draw < 88 ? "OUTSOURCED" : draw < 95 ? "SHARED" : "NONE";
    }

    private static String departmentOf(String agency) {
        if (agency.contains("财政")) {
            return "FINANCE";
        }
        if (agency.contains("教育")) {
            return "EDUCATION";
        }
        if (agency.contains("卫生")) {
            return "HEALTH";
        }
        if (agency.contains("农业")) {
            return "AGRICULTURE";
        }
        if (agency.contains("商务")) {
            return "COMMERCE";
        }
        if (agency.contains("民政")) {
            return "CIVIL_AFFAIRS";
        }
        return null;
    }

    private void insertPurchasers(List<Unit> units) {
        jdbc.batchUpdate("INSERT INTO purchaser (version, code, name, purchaser_type, budget_unit_kind, school_type, "
                        + "admin_level, supervising_department_code, region_code, canteen, paired_county_code) "
                        + "VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", units, 500, (ps, unit) -> {
                    ps.setString(1, unit.code());
                    ps.setString(2, unit.name());
                    ps.setString(3, unit.type());
                    ps.setString(4, unit.kind());
                    ps.setString(5, unit.school());
                    ps.setString(6, unit.level());
                    ps.setString(7, unit.department());
                    ps.setString(8, unit.region());
                    ps.setString(9, unit.canteen());
                    ps.setString(10, unit.paired());
                });
    }

    /**
     * Shares of one year: most units reserve 10–20 % of a canteen budget of 0.2–5 million yuan, a few reserve
     * nothing, some have filed nothing yet; units without a canteen explain why, shared canteens name the unit of the
     * same region that files for them.
     */
    private void insertShares(List<Unit> units, int year, Random random) {
        var rows = jdbc.queryForList("SELECT id, code, region_code, canteen FROM purchaser "
                + "WHERE purchaser_type = 'BUDGET_UNIT' ORDER BY id");
        var firstOfRegion = new HashMap<String, Long>();
        rows.forEach(row -> firstOfRegion.putIfAbsent((String) row.get("region_code"), ((Number) row.get("id"))
                .longValue()));
        var batch = new ArrayList<Object[]>(rows.size());
        for (var row : rows) {
            if (random.nextInt(100) < 6) {
                continue; // not filed yet
            }
            long id = ((Number) row.get("id")).longValue();
            var canteen = (String) row.get("canteen");
            var budget = BigDecimal.valueOf(200_000 + random.nextInt(4_800_000)).setScale(2, RoundingMode.UNNECESSARY);
            var ratio = random.nextInt(100) < 4 ? BigDecimal.ZERO.setScale(2)
                    : BigDecimal.valueOf(1000 + random.nextInt(1001), 2);
            if ("NONE".equals(canteen)) {
                budget = BigDecimal.ZERO.setScale(2);
            }
            var amount = budget.multiply(ratio).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            Long filer = null;
            if ("SHARED".equals(canteen)) {
                filer = firstOfRegion.get((String) row.get("region_code"));
                if (filer != null && filer == id) {
                    canteen = "OWN";
                    filer = null;
                }
            }
            var remarks = "NONE".equals(canteen) ? "本单位无食堂，职工在就近单位食堂就餐" : null;
            // Filed and awaiting the supervising unit's review.
            batch.add(new Object[] {id, year, canteen, budget, ratio, amount, filer, remarks, "SUBMITTED"});
        }
        jdbc.batchUpdate("INSERT INTO reserved_share (version, purchaser_id, share_year, canteen, canteen_budget, "
                + "reserved_ratio, reserved_amount, filed_by_id, remarks, status) VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                batch);
    }
}
