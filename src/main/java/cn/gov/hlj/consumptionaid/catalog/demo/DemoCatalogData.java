package cn.gov.hlj.consumptionaid.catalog.demo;

import cn.gov.hlj.consumptionaid.catalog.CreditCodes;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Province-scale demo catalog for the embedded mode, made on the first start: 500 market entities (enterprises and
 * cooperatives) in the 28 poverty counties and 2,000 products in the 黑龙江省扶贫产品目录, published over the last
 * twelve months (so some are expiring), each with an {@code IMPORTED} step as its timeline — as if taken over from the
 * list the province kept before the portal. Deterministic, JDBC batches, no change history (nobody changed it).
 * Runs before the purchasing and sales demo data, which buy and sell these products.
 */
@Component
@Profile("embedded")
@ConditionalOnBooleanProperty(name = "portal.demo-data.enabled", matchIfMissing = true)
@Order(90)
class DemoCatalogData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogData.class);

    static final int ENTITIES = 500;
    static final int PRODUCTS = 2000;

    /** What the poverty counties of Heilongjiang sell: category, product names, specification, price range. */
    record Line(String category, List<String> names, String specification, int lowestPrice, int highestPrice) {
    }

    static final List<Line> LINES = List.of(
            new Line("RICE", List.of("富硒大米", "稻花香大米", "长粒香大米", "有机大米", "鸭稻大米"), "5kg/袋", 40, 120),
            new Line("SOYBEAN_OIL", List.of("非转基因大豆油", "一级压榨豆油", "冷榨大豆油"), "5L/桶", 60, 110),
            new Line("DAIRY", List.of("全脂奶粉", "鲜牛奶", "酸奶"), "1kg/箱", 30, 160),
            new Line("NORTHERN_HERBS", List.of("刺五加茶", "五味子", "板蓝根", "黄芪片"), "500g/盒", 40, 300),
            new Line("COARSE_GRAINS", List.of("小米", "红小豆", "绿豆", "荞麦米", "杂粮礼盒"), "2.5kg/袋", 25, 150),
            new Line("SOYBEAN", List.of("高蛋白大豆", "黑豆", "青仁大豆"), "5kg/袋", 30, 80),
            new Line("CORN", List.of("鲜食黏玉米", "玉米碴子", "玉米面"), "10穗/箱", 25, 70),
            new Line("EDIBLE_FUNGI", List.of("黑木耳", "榛蘑", "猴头菇", "元蘑"), "250g/袋", 30, 180),
            new Line("FOREST_PRODUCTS", List.of("蓝莓果干", "松子", "榛子", "山野菜", "蓝莓酒"), "500g/袋", 35, 260),
            new Line("HONEY", List.of("椴树蜜", "黑蜂蜜", "百花蜜"), "1kg/瓶", 60, 240),
            new Line("MEAT_POULTRY_EGGS", List.of("笨鸡蛋", "冷鲜猪肉", "雪花牛肉", "大鹅"), "5kg/箱", 50, 400),
            new Line("AQUATIC", List.of("大马哈鱼", "鲤鱼", "鳌花鱼", "冷水鱼礼盒"), "2kg/箱", 60, 380),
            new Line("VEGETABLES_FRUITS", List.of("寒地苹果", "香瓜", "土豆", "大白菜"), "5kg/箱", 20, 90),
            new Line("BEVERAGES", List.of("沙棘汁", "蓝莓饮料", "大豆粉"), "12瓶/箱", 40, 120),
            new Line("TEA", List.of("白桦茸茶", "蒲公英茶"), "200g/盒", 40, 200),
            new Line("HANDICRAFTS", List.of("桦树皮画", "鱼皮工艺品", "草编制品"), "1件", 80, 600),
            new Line("OTHER", List.of("农家大酱", "粉条", "冻豆腐"), "2kg/袋", 15, 60));

    static final List<String> WORDS = List.of("龙丰", "黑土", "寒地", "绿野", "金谷", "兴农", "丰源", "北林", "雪原",
            "山泉", "青禾", "福瑞", "沃野", "田园", "森宝", "福地", "禾丰", "惠农", "益民", "康源");
    static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ReferenceService reference;
    private final SecurityContextHolderStrategy contextHolder;
    private final Clock clock;

    DemoCatalogData(JdbcTemplate jdbc, TransactionTemplate transaction, ReferenceService reference,
                    ObjectProvider<SecurityContextHolderStrategy> contextHolder, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.reference = reference;
        this.contextHolder = contextHolder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.clock = clock;
    }

    record Entity(String creditCode, String name, String type, String county, String place,
                  String representative, String contact, boolean leading) {
    }

    record Product(int entity, String county, String name, String category, String specification, BigDecimal price,
                   int poorPeople, BigDecimal value, String catalogNumber, LocalDate publishedOn) {
    }

    @Override
    public void run(ApplicationArguments args) {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM certification_application", Long.class);
        if (existing != null && existing > 0) {
            return;
        }
        long started = System.nanoTime();
        var counties = asSystem(reference::povertyCounties);
        var today = LocalDate.now(clock);
        var random = new Random(20160729L);
        var entities = entities(counties, random);
        var products = products(entities, today, random);
        transaction.executeWithoutResult(status -> write(entities, products, today));
        log.info("Created demo catalog: {} market entities, {} products in {} ms", entities.size(), products.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    static List<Entity> entities(List<RegionRow> counties, Random random) {
        var entities = new ArrayList<Entity>();
        for (int i = 0; i < ENTITIES; i++) {
            var county = counties.get(i % counties.size());
            boolean cooperative = i % 3 != 0;
            var word = WORDS.get((i / counties.size()) % WORDS.size());
            var name = county.nameZh() + word + (cooperative ? "种植专业合作社" : "农业发展有限公司")
                    + (i >= counties.size() * WORDS.size() ? "（" + (i / (counties.size() * WORDS.size()) + 1) + "）" : "");
            var first17 = (cooperative ? "93" : "91") + county.code() + "%09d".formatted(100_000 + i);
            var code = first17 + CreditCodes.checkCharacter(first17);
            entities.add(new Entity(code, name, cooperative ? "FARMERS_COOPERATIVE" : "ENTERPRISE", county.code(),
                    place(county.nameZh()), SURNAMES.get(random.nextInt(SURNAMES.size())) + "经理",
                    "13%09d".formatted(random.nextInt(1_000_000_000)), i % 25 == 0));
        }
        return entities;
    }

    static List<Product> products(List<Entity> entities, LocalDate today, Random random) {
        var products = new ArrayList<Product>();
        var sequence = new java.util.HashMap<String, Integer>();
        for (int i = 0; i < PRODUCTS; i++) {
            int entity = i % entities.size();
            var county = entities.get(entity).county();
            var line = LINES.get(random.nextInt(LINES.size()));
            var name = entities.get(entity).place() + line.names().get(random.nextInt(line.names().size()));
            var price = BigDecimal.valueOf(line.lowestPrice()
                    + random.nextInt(line.highestPrice() - line.lowestPrice() + 1));
            var publishedOn = today.minusDays(random.nextInt(360) + 1);
            var prefix = "HLJ-" + publishedOn.getYear() + "-" + county + "-";
            int next = sequence.merge(prefix, 1, Integer::sum);
            var value = BigDecimal.valueOf(20 + random.nextInt(2000)).divide(BigDecimal.TEN, 2, RoundingMode.UNNECESSARY);
            products.add(new Product(entity, county, name, line.category(), line.specification(), price,
                    5 + random.nextInt(200), value, prefix + "%04d".formatted(next), publishedOn));
        }
        return products;
    }

    /** How a product carries its county's name: 延寿县 → 延寿, 杜尔伯特蒙古族自治县 → 杜尔伯特. */
    static String place(String countyName) {
        var autonomous = countyName.indexOf("蒙古族");
        if (autonomous > 0) {
            return countyName.substring(0, autonomous);
        }
        return countyName.length() > 2 ? countyName.replaceAll("[县市区]$", "") : countyName;
    }

    private void write(List<Entity> entities, List<Product> products, LocalDate today) {
        jdbc.batchUpdate("INSERT INTO market_entity (version, credit_code, name, entity_type, county_code,"
                        + " legal_representative, contact, helps_by_wages, helps_by_assets, helps_by_business_income,"
                        + " leading_enterprise, hundred_enterprises, blacklisted) VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, FALSE)", entities, 500, (ps, e) -> {
                    ps.setString(1, e.creditCode());
                    ps.setString(2, e.name());
                    ps.setString(3, e.type());
                    ps.setString(4, e.county());
                    ps.setString(5, e.representative());
                    ps.setString(6, e.contact());
                    ps.setBoolean(7, true);
                    ps.setBoolean(8, e.type().equals("FARMERS_COOPERATIVE"));
                    ps.setBoolean(9, e.type().equals("ENTERPRISE"));
                    ps.setBoolean(10, e.leading());
                    ps.setBoolean(11, false);
                });
        var ids = jdbc.queryForList("SELECT id FROM market_entity WHERE credit_code IN ("
                + String.join(",", entities.stream().map(e -> "'" + e.creditCode() + "'").toList())
                + ") ORDER BY credit_code", Long.class);
        var idByCode = new java.util.HashMap<String, Long>();
        var sorted = entities.stream().map(Entity::creditCode).sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            idByCode.put(sorted.get(i), ids.get(i));
        }
        jdbc.batchUpdate("INSERT INTO certification_application (version, market_entity_id, county_code,"
                        + " product_name, category_code, specification, price, reference_price, quality_evidence,"
                        + " poor_people_driven, poverty_link, commodity_value, commitment, priority, status,"
                        + " submitted_at, last_step_at, national_batch, national_filed_on, notice_start, notice_end,"
                        + " catalog_number, published_on, valid_until) VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " TRUE, ?, 'IN_CATALOG', ?, ?, ?, ?, ?, ?, ?, ?, ?)", products, 500, (ps, p) -> {
                    var entity = entities.get(p.entity());
                    ps.setLong(1, idByCode.get(entity.creditCode()));
                    ps.setString(2, p.county());
                    ps.setString(3, p.name());
                    ps.setString(4, p.category());
                    ps.setString(5, p.specification());
                    ps.setBigDecimal(6, p.price());
                    ps.setBigDecimal(7, p.price().multiply(new BigDecimal("1.15")).setScale(2, RoundingMode.HALF_UP));
                    ps.setString(8, "食品生产许可证、产品检验合格报告");
                    ps.setInt(9, p.poorPeople());
                    ps.setString(10, "吸纳脱贫户务工、订单收购带动增收");
                    ps.setBigDecimal(11, p.value());
                    ps.setBoolean(12, entity.leading());
                    var certified = p.publishedOn().minusDays(30).atTime(9, 0);
                    ps.setTimestamp(13, Timestamp.valueOf(certified));
                    ps.setTimestamp(14, Timestamp.valueOf(p.publishedOn().atTime(9, 0)));
                    ps.setString(15, "第" + p.publishedOn().getMonthValue() + "批");
                    ps.setDate(16, Date.valueOf(p.publishedOn().minusDays(14)));
                    ps.setDate(17, Date.valueOf(p.publishedOn().minusDays(8)));
                    ps.setDate(18, Date.valueOf(p.publishedOn().minusDays(1)));
                    ps.setString(19, p.catalogNumber());
                    ps.setDate(20, Date.valueOf(p.publishedOn()));
                    ps.setDate(21, Date.valueOf(p.publishedOn().plusYears(1)));
                });
        jdbc.update("INSERT INTO certification_step (version, application_id, seq, action, from_status, to_status,"
                + " actor_username, actor_name, acted_at, comment) SELECT 0, id, 1, 'IMPORTED', NULL, 'IN_CATALOG',"
                + " 'system', '演示数据', published_on, '平台上线前已认定，随目录导入' FROM certification_application"
                + " WHERE status = 'IN_CATALOG' AND catalog_number LIKE 'HLJ-%'");
        log.debug("Demo catalog written as of {}", today);
    }

    /** Reads reference data as the system: start-up has no user, and the reference service is secured. */
    private <T> T asSystem(Supplier<T> work) {
        var context = contextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                List.of(new SimpleGrantedAuthority(AppRoles.REFERENCE_VIEW))));
        contextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            contextHolder.clearContext();
        }
    }
}
