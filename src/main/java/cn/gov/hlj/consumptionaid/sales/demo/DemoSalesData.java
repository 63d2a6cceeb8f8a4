package cn.gov.hlj.consumptionaid.sales.demo;

import cn.gov.hlj.consumptionaid.reference.ChannelKind;
import cn.gov.hlj.consumptionaid.reference.HolidayKind;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.sales.BuyerType;
import cn.gov.hlj.consumptionaid.sales.OutletKind;
import cn.gov.hlj.consumptionaid.sales.OutletStatus;
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
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Demo sales for the embedded mode, made on the first start after the catalog's demo products (@Order 90) so the
 * sales pages and dashboards are never empty: about {@value #TARGET_SALES} sales records of last year and this year to
 * date across the 15 channels for the catalog's products, seasonal (the weeks before the Spring Festival and the
 * autumn harvest sell most), plus about 40 outlets and the exhibitions of both years with their deals. Deterministic
 * (fixed seed), written with JDBC batches in one transaction, and only into an empty {@code sale} table. Without
 * catalog products it makes nothing and says so.
 */
@Component
@Profile("embedded")
@ConditionalOnBooleanProperty(name = "portal.demo-data.enabled", matchIfMissing = true)
@Order(110)
class DemoSalesData implements ApplicationRunner {

    static final int TARGET_SALES = 60_000;
    private static final Logger log = LoggerFactory.getLogger(DemoSalesData.class);

    /** A catalog product as the generator needs it. */
    record Product(long id, long entityId, String name, String category, String county) {
    }

    record Channel(String code, ChannelKind kind) {
    }

    record Sale(String channel, String recordNo, LocalDate date, Product product, BuyerType buyerType,
                String buyerProvince, BigDecimal quantity, String unit, BigDecimal amount) {
    }

    record Exhibition(String channel, String name, LocalDate startsOn, LocalDate endsOn, String place,
                      String organizer) {
    }

    record Deal(int exhibition, String project, Product product, String buyer, BigDecimal amount,
                LocalDate signedOn) {
    }

    record Outlet(OutletKind kind, String name, String address, String region, String operator, LocalDate openedOn,
                  LocalDate closedOn, OutletStatus status, List<Long> productIds) {
    }

    /** Unit, lowest and highest unit price (yuan) of each category, as the products are sold to consumers. */
    private record Pricing(String unit, int low, int high) {
    }

    private static final Map<String, Pricing> PRICING = Map.ofEntries(
            Map.entry("RICE", new Pricing("袋", 45, 120)), Map.entry("SOYBEAN_OIL", new Pricing("桶", 60, 110)),
            Map.entry("DAIRY", new Pricing("箱", 40, 90)), Map.entry("NORTHERN_HERBS", new Pricing("千克", 80, 400)),
            Map.entry("COARSE_GRAINS", new Pricing("袋", 25, 70)), Map.entry("SOYBEAN", new Pricing("千克", 6, 12)),
            Map.entry("CORN", new Pricing("箱", 30, 60)), Map.entry("EDIBLE_FUNGI", new Pricing("袋", 40, 120)),
            Map.entry("FOREST_PRODUCTS", new Pricing("盒", 50, 200)), Map.entry("HONEY", new Pricing("瓶", 50, 150)),
            Map.entry("MEAT_POULTRY_EGGS", new Pricing("箱", 80, 260)), Map.entry("AQUATIC", new Pricing("千克", 40, 120)),
            Map.entry("VEGETABLES_FRUITS", new Pricing("箱", 30, 90)), Map.entry("BEVERAGES", new Pricing("箱", 40, 120)),
            Map.entry("TEA", new Pricing("盒", 60, 200)), Map.entry("HANDICRAFTS", new Pricing("件", 80, 500)));
    private static final Pricing OTHER_PRICING = new Pricing("件", 20, 100);

    /** Share of records per channel (per mille); exhibitions sell only on their days. */
    private static final Map<String, Integer> CHANNEL_WEIGHTS = Map.ofEntries(
            Map.entry("PLATFORM_832", 250), Map.entry("XIAOKANG_LONGJIANG", 80), Map.entry("SOCIAL_POVERTY_NET", 40),
            Map.entry("ALIBABA", 80), Map.entry("JD", 100), Map.entry("SUNING", 40), Map.entry("TOUTIAO", 30),
            Map.entry("COUNTY_EC_SERVICE_CENTER", 60), Map.entry("CONSUMPTION_AID_COUNTER", 80),
            Map.entry("CONSUMPTION_AID_ZONE", 70), Map.entry("CONSUMPTION_AID_HALL", 50),
            Map.entry("GD_EW_MARKET_HLJ_HALL", 60));
    private static final Map<String, String> RECORD_PREFIX = Map.ofEntries(
            Map.entry("PLATFORM_832", "832"), Map.entry("XIAOKANG_LONGJIANG", "XKLJ"),
            Map.entry("SOCIAL_POVERTY_NET", "SPN"), Map.entry("ALIBABA", "ALI"), Map.entry("JD", "JD"),
            Map.entry("SUNING", "SN"), Map.entry("TOUTIAO", "TT"), Map.entry("COUNTY_EC_SERVICE_CENTER", "XEC"),
            Map.entry("CONSUMPTION_AID_COUNTER", "ZG"), Map.entry("CONSUMPTION_AID_ZONE", "ZQ"),
            Map.entry("CONSUMPTION_AID_HALL", "ZHG"), Map.entry("GD_EW_MARKET_HLJ_HALL", "GDHLJ"),
            Map.entry("HARBIN_TRADE_FAIR", "HQH"), Map.entry("AGRI_TRADE_FAIR", "NJH"),
            Map.entry("GREEN_FOOD_EXPO", "LBH"));
    /** Relative sales by month: New Year and Spring Festival purchases, summer lull, autumn harvest, 双十一. */
    private static final double[] MONTH_WEIGHTS = {1.5, 1.2, 0.7, 0.7, 0.8, 1.0, 0.8, 0.9, 1.3, 1.5, 1.4, 1.3};
    private static final List<String> OTHER_PROVINCES = List.of("110000", "120000", "210000", "220000", "310000",
            "320000", "330000", "370000", "410000", "420000", "510000", "500000");
    private static final List<String> DEAL_BUYERS = List.of("广州江楠农产品集团有限公司", "深圳市海吉星农产品物流园",
            "北京新发地农副产品批发市场", "上海西郊国际农产品交易有限公司", "物美科技集团有限公司", "永辉超市股份有限公司",
            "华润万家有限公司", "中粮贸易有限公司", "北京首农食品集团有限公司", "广东省供销集团有限公司",
            "杭州联华华商集团有限公司", "哈尔滨中央红集团股份有限公司", "大商集团黑龙江公司", "盒马鲜生（上海）",
            "京东物流华南公司", "佛山市中南农产品交易中心");
    private static final List<String> OUTLET_OPERATORS = List.of("大润发", "永辉超市", "沃尔玛", "中央红超市", "比优特",
            "家乐福", "华润万家", "新玛特");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ReferenceService reference;
    private final SecurityContextHolderStrategy contextHolder;
    private final Clock clock;

    DemoSalesData(JdbcTemplate jdbc, TransactionTemplate transaction, ReferenceService reference,
                  ObjectProvider<SecurityContextHolderStrategy> contextHolder, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.reference = reference;
        this.contextHolder = contextHolder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM sale", Long.class);
        if (existing != null && existing > 0) {
            return;
        }
        var products = jdbc.query("SELECT id, market_entity_id, product_name, category_code, county_code "
                        + "FROM certification_application WHERE status = 'IN_CATALOG' ORDER BY id",
                (rs, n) -> new Product(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)));
        if (products.isEmpty()) {
            log.info("No demo sales: the catalog has no products yet");
            return;
        }
        create(products);
    }

    /** What {@link #create} wrote. */
    record Created(int sales, int outlets, int exhibitions, int deals) {
    }

    /** Generates and writes everything for these catalog products, in one transaction. */
    Created create(List<Product> products) {
        long started = System.nanoTime();
        var today = LocalDate.now(clock);
        var from = LocalDate.of(today.getYear() - 1, 1, 1);
        var channels = asSystem(reference::channels).stream().map(c -> new Channel(c.code(), c.kind())).toList();
        var prefectures = asSystem(reference::prefectures);
        var festivals = new HashMap<Integer, LocalDate>();
        for (int year = from.getYear(); year <= today.getYear(); year++) {
            int y = year;
            asSystem(() -> reference.holidays(y)).stream()
                    .filter(h -> h.kind() == HolidayKind.HOLIDAY && "春节".equals(h.nameZh())).findFirst()
                    .ifPresent(h -> festivals.put(y, h.date()));
        }
        var exhibitions = exhibitions(from.getYear(), today);
        var sales = sales(products, channels, exhibitions, festivals, from, today, new Random(20250101L));
        var deals = deals(exhibitions, products, new Random(20250102L));
        var outlets = outlets(products, prefectures, today, new Random(20250103L));
        // Outlets and exhibitions someone recorded by hand are kept; demo ones join only empty tables.
        boolean addOutlets = isEmpty("sales_outlet");
        boolean addExhibitions = isEmpty("sales_exhibition");
        transaction.executeWithoutResult(status -> {
            insertSales(sales);
            if (addOutlets) {
                insertOutlets(outlets);
            }
            if (addExhibitions) {
                insertExhibitions(exhibitions, deals);
            }
        });
        log.info("Created demo sales data: {} sales records from {} to {}, {} outlets, {} exhibitions with {} deals "
                        + "in {} ms", sales.size(), from, today, addOutlets ? outlets.size() : 0,
                addExhibitions ? exhibitions.size() : 0, addExhibitions ? deals.size() : 0,
                (System.nanoTime() - started) / 1_000_000);
        return new Created(sales.size(), addOutlets ? outlets.size() : 0, addExhibitions ? exhibitions.size() : 0,
                addExhibitions ? deals.size() : 0);
    }

    private boolean isEmpty(String table) {
        Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return rows == null || rows == 0;
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

    // ---------------------------------------------------------------- generators (pure, tested directly)

    /** The three exhibitions of each year from {@code firstYear} that have begun by {@code today}. */
    static List<Exhibition> exhibitions(int firstYear, LocalDate today) {
        var list = new ArrayList<Exhibition>();
        for (int year = firstYear; year <= today.getYear(); year++) {
            var candidates = List.of(
                    new Exhibition("HARBIN_TRADE_FAIR", year + "中国哈尔滨国际经济贸易洽谈会", LocalDate.of(year, 6, 15),
                            LocalDate.of(year, 6, 19), "哈尔滨国际会展中心", "黑龙江省人民政府"),
                    new Exhibition("GREEN_FOOD_EXPO", year + "中国（黑龙江）国际绿色食品产业博览会",
                            LocalDate.of(year, 8, 26), LocalDate.of(year, 8, 29), "哈尔滨国际会展体育中心",
                            "黑龙江省农业农村厅"),
                    new Exhibition("AGRI_TRADE_FAIR", year + "中国国际农产品交易会", LocalDate.of(year, 11, 20),
                            LocalDate.of(year, 11, 23), "全国农业展览馆（北京）", "农业农村部"));
            candidates.stream().filter(e -> !e.startsOn().isAfter(today)).forEach(list::add);
        }
        return list;
    }

    /**
     * About {@value #TARGET_SALES} sales from {@code from} to {@code to}: each day gets a share by its month (and more
     * in the three weeks before the Spring Festival, less during it), each record a channel by weight (exhibition
     * channels only on their days), a product, a buyer, a quantity by buyer and a price by category.
     */
    static List<Sale> sales(List<Product> products, List<Channel> channels, List<Exhibition> exhibitions,
                            Map<Integer, LocalDate> festivals, LocalDate from, LocalDate to, Random random) {
        var days = new ArrayList<LocalDate>();
        var weights = new ArrayList<Double>();
        double total = 0;
        for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
            double weight = MONTH_WEIGHTS[day.getMonthValue() - 1];
            var festival = festivals.getOrDefault(day.getYear(), LocalDate.of(day.getYear(), 2, 1));
            long before = ChronoUnit.DAYS.between(day, festival);
            if (before > 0 && before <= 21) {
                weight *= 2.0;
            } else if (before <= 0 && before > -7) {
                weight *= 0.4;
            }
            days.add(day);
            weights.add(weight);
            total += weight;
        }
        var regular = channels.stream().filter(c -> CHANNEL_WEIGHTS.containsKey(c.code())).toList();
        int weightSum = regular.stream().mapToInt(c -> CHANNEL_WEIGHTS.get(c.code())).sum();
        var counters = new HashMap<String, Integer>();
        var sales = new ArrayList<Sale>(TARGET_SALES + 2_000);
        double perWeight = TARGET_SALES * 0.94 / total;
        for (int i = 0; i < days.size(); i++) {
            var day = days.get(i);
            int count = (int) Math.round(weights.get(i) * perWeight * (0.8 + 0.4 * random.nextDouble()));
            for (int n = 0; n < count; n++) {
                int pick = random.nextInt(weightSum);
                Channel channel = regular.getFirst();
                for (var candidate : regular) {
                    pick -= CHANNEL_WEIGHTS.get(candidate.code());
                    if (pick < 0) {
                        channel = candidate;
                        break;
                    }
                }
                sales.add(sale(channel, day, products, random, counters));
            }
        }
        // Exhibitions: about 6 % of all records, on the exhibitions' days only.
        var fairs = exhibitions.stream().filter(e -> !e.startsOn().isAfter(to)).toList();
        var channelsByCode = new HashMap<String, Channel>();
        channels.forEach(c -> channelsByCode.put(c.code(), c));
        for (var fair : fairs) {
            var channel = channelsByCode.get(fair.channel());
            if (channel == null) {
                continue;
            }
            int perFair = TARGET_SALES * 6 / 100 / Math.max(6, fairs.size());
            long length = ChronoUnit.DAYS.between(fair.startsOn(), fair.endsOn()) + 1;
            for (int n = 0; n < perFair; n++) {
                var day = fair.startsOn().plusDays(random.nextInt((int) length));
                if (!day.isAfter(to)) {
                    sales.add(sale(channel, day, products, random, counters));
                }
            }
        }
        return sales;
    }

    private static Sale sale(Channel channel, LocalDate day, List<Product> products, Random random,
                             Map<String, Integer> counters) {
        var product = products.get(random.nextInt(products.size()));
        var buyer = buyer(channel, random);
        var province = province(channel, random);
        var pricing = PRICING.getOrDefault(product.category(), OTHER_PRICING);
        int cents = random.nextInt((pricing.high() - pricing.low()) * 100 + 1);
        var price = BigDecimal.valueOf(pricing.low() * 100L + cents, 2);
        int quantity = switch (buyer) {
            case INDIVIDUAL -> 1 + random.nextInt(6);
            case ENTERPRISE -> 20 + random.nextInt(281);
            case PUBLIC_INSTITUTION -> 30 + random.nextInt(771);
            case OTHER -> 5 + random.nextInt(46);
        };
        var amount = price.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
        int sequence = counters.merge(channel.code(), 1, Integer::sum);
        var recordNo = RECORD_PREFIX.getOrDefault(channel.code(), channel.code()) + "-"
                + day.toString().replace("-", "") + "-" + "%06d".formatted(sequence);
        return new Sale(channel.code(), recordNo, day, product, buyer, province,
                BigDecimal.valueOf(quantity).setScale(2, RoundingMode.UNNECESSARY), pricing.unit(), amount);
    }

    private static BuyerType buyer(Channel channel, Random random) {
        int draw = random.nextInt(100);
        return switch (channel.code()) {
            // Budget units buy their reserved shares on the 832 platform.
            case "PLATFORM_832" -> draw < 65 ? BuyerType.PUBLIC_INSTITUTION : draw < 85 ? BuyerType.ENTERPRISE
                    : BuyerType.INDIVIDUAL;
            case "GD_EW_MARKET_HLJ_HALL" -> draw < 55 ? BuyerType.ENTERPRISE : BuyerType.INDIVIDUAL;
            default -> switch (channel.kind()) {
                case EXHIBITION -> draw < 60 ? BuyerType.ENTERPRISE : draw < 75 ? BuyerType.PUBLIC_INSTITUTION
                        : BuyerType.INDIVIDUAL;
                case OFFLINE -> draw < 75 ? BuyerType.INDIVIDUAL : draw < 90 ? BuyerType.PUBLIC_INSTITUTION
                        : draw < 97 ? BuyerType.ENTERPRISE : BuyerType.OTHER;
                case ONLINE -> draw < 85 ? BuyerType.INDIVIDUAL : draw < 95 ? BuyerType.ENTERPRISE
                        : BuyerType.OTHER;
            };
        };
    }

    private static String province(Channel channel, Random random) {
        int draw = random.nextInt(100);
        if ("GD_EW_MARKET_HLJ_HALL".equals(channel.code())) {
            return "440000";
        }
        if (channel.kind() == ChannelKind.OFFLINE) {
            return draw < 85 ? "230000" : draw < 95 ? "440000" : null;
        }
        if (draw < 40) {
            return "230000";
        }
        if (draw < 52) {
            return "440000";
        }
        if (draw < 95) {
            return OTHER_PROVINCES.get(random.nextInt(OTHER_PROVINCES.size()));
        }
        return null;
    }

    /** 15 to 30 deals per exhibition: a product's producer sells to a trader, 0.5 to 30 million yuan. */
    static List<Deal> deals(List<Exhibition> exhibitions, List<Product> products, Random random) {
        var deals = new ArrayList<Deal>();
        for (int e = 0; e < exhibitions.size(); e++) {
            var exhibition = exhibitions.get(e);
            int count = 15 + random.nextInt(16);
            long length = ChronoUnit.DAYS.between(exhibition.startsOn(), exhibition.endsOn()) + 1;
            for (int n = 0; n < count; n++) {
                var product = products.get(random.nextInt(products.size()));
                var amount = BigDecimal.valueOf(50_000_000L + (long) (random.nextDouble() * 2_950_000_000L), 2);
                deals.add(new Deal(e, product.name() + "产销对接项目", product,
                        DEAL_BUYERS.get(random.nextInt(DEAL_BUYERS.size())), amount,
                        exhibition.startsOn().plusDays(random.nextInt((int) length))));
            }
        }
        return deals;
    }

    /**
     * About 40 outlets: a hall in each prefecture seat, counters and zones in the supermarkets of the prefectures, and
     * halls in Guangdong and Beijing run for the province; a few closed, suspended or being set up.
     */
    static List<Outlet> outlets(List<Product> products, List<RegionRow> prefectures, LocalDate today, Random random) {
        var outlets = new ArrayList<Outlet>();
        for (var prefecture : prefectures) {
            var city = prefecture.nameZh();
            outlets.add(outlet(OutletKind.HALL, city + "消费扶贫专馆", city + "人民政府广场东侧",
                    prefecture.code(), city + "供销合作社联合社", products, today, random));
            var operator = OUTLET_OPERATORS.get(outlets.size() % OUTLET_OPERATORS.size());
            outlets.add(outlet(OutletKind.COUNTER, operator + "（" + city + "店）消费扶贫专柜",
                    city + "中心商业区" + operator + "一楼", prefecture.code(), operator, products, today, random));
        }
        for (int i = 0; i < 12; i++) {
            var prefecture = prefectures.get(i % prefectures.size());
            var operator = OUTLET_OPERATORS.get((i + 3) % OUTLET_OPERATORS.size());
            outlets.add(outlet(OutletKind.ZONE, operator + "（" + prefecture.nameZh() + (i < prefectures.size()
                            ? "二店" : "三店") + "）消费扶贫专区", prefecture.nameZh() + "新区" + operator + "二楼",
                    prefecture.code(), operator, products, today, random));
        }
        outlets.add(outlet(OutletKind.HALL, "广州黑龙江消费扶贫专馆", "广东省广州市白云区江南农产品批发市场",
                "230000", "黑龙江省供销集团有限公司", products, today, random));
        outlets.add(outlet(OutletKind.HALL, "北京黑龙江特色农产品消费扶贫专馆", "北京市丰台区新发地农产品批发市场",
                "230000", "黑龙江省农业投资集团有限公司", products, today, random));
        // A few outlets that are not simply open.
        var special = List.of(OutletStatus.CLOSED, OutletStatus.CLOSED, OutletStatus.CLOSED, OutletStatus.SUSPENDED,
                OutletStatus.SUSPENDED, OutletStatus.PLANNED);
        for (int i = 0; i < special.size(); i++) {
            var index = 3 + i * 5;
            var outlet = outlets.get(index);
            var status = special.get(i);
            var closedOn = status == OutletStatus.CLOSED
                    ? outlet.openedOn().plusDays(ChronoUnit.DAYS.between(outlet.openedOn(), today) / 2) : null;
            var openedOn = status == OutletStatus.PLANNED ? today.plusMonths(2) : outlet.openedOn();
            outlets.set(index, new Outlet(outlet.kind(), outlet.name(), outlet.address(), outlet.region(),
                    outlet.operator(), openedOn, closedOn, status, outlet.productIds()));
        }
        return outlets;
    }

    private static Outlet outlet(OutletKind kind, String name, String address, String region, String operator,
                                 List<Product> products, LocalDate today, Random random) {
        var opened = today.minusDays(60 + random.nextInt(1_000));
        var ids = new LinkedHashSet<Long>();
        int count = Math.min(products.size(), 10 + random.nextInt(31));
        while (ids.size() < count) {
            ids.add(products.get(random.nextInt(products.size())).id());
        }
        return new Outlet(kind, name, address, region, operator, opened, null, OutletStatus.OPEN, List.copyOf(ids));
    }

    // ---------------------------------------------------------------- writing

    private void insertSales(List<Sale> sales) {
        jdbc.batchUpdate("INSERT INTO sale (version, channel_code, record_no, sale_date, product_id, supplier_id, "
                        + "product_name, category_code, region_code, buyer_type, buyer_province_code, quantity, unit, "
                        + "amount) VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sales, 2_000, (ps, sale) -> {
                    ps.setString(1, sale.channel());
                    ps.setString(2, sale.recordNo());
                    ps.setDate(3, Date.valueOf(sale.date()));
                    ps.setLong(4, sale.product().id());
                    ps.setLong(5, sale.product().entityId());
                    ps.setString(6, sale.product().name());
                    ps.setString(7, sale.product().category());
                    ps.setString(8, sale.product().county());
                    ps.setString(9, sale.buyerType().name());
                    ps.setObject(10, sale.buyerProvince(), Types.VARCHAR);
                    ps.setBigDecimal(11, sale.quantity());
                    ps.setString(12, sale.unit());
                    ps.setBigDecimal(13, sale.amount());
                });
    }

    private void insertOutlets(List<Outlet> outlets) {
        var links = new ArrayList<Object[]>();
        for (var outlet : outlets) {
            var key = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                var ps = connection.prepareStatement("INSERT INTO sales_outlet (version, kind, name, address, "
                        + "region_code, operator_name, opened_on, closed_on, status) "
                        + "VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                ps.setString(1, outlet.kind().name());
                ps.setString(2, outlet.name());
                ps.setString(3, outlet.address());
                ps.setString(4, outlet.region());
                ps.setString(5, outlet.operator());
                ps.setDate(6, Date.valueOf(outlet.openedOn()));
                ps.setDate(7, outlet.closedOn() == null ? null : Date.valueOf(outlet.closedOn()));
                ps.setString(8, outlet.status().name());
                return ps;
            }, key);
            long id = generatedId(key);
            outlet.productIds().forEach(product -> links.add(new Object[] {id, product}));
        }
        jdbc.batchUpdate("INSERT INTO sales_outlet_product (outlet_id, product_id) VALUES (?, ?)", links);
    }

    private void insertExhibitions(List<Exhibition> exhibitions, List<Deal> deals) {
        var ids = new ArrayList<Long>();
        for (var exhibition : exhibitions) {
            var key = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                var ps = connection.prepareStatement("INSERT INTO sales_exhibition (version, channel_code, name, "
                        + "starts_on, ends_on, place, organizer, region_code) VALUES (0, ?, ?, ?, ?, ?, ?, '230000')",
                        Statement.RETURN_GENERATED_KEYS);
                ps.setString(1, exhibition.channel());
                ps.setString(2, exhibition.name());
                ps.setDate(3, Date.valueOf(exhibition.startsOn()));
                ps.setDate(4, Date.valueOf(exhibition.endsOn()));
                ps.setString(5, exhibition.place());
                ps.setString(6, exhibition.organizer());
                return ps;
            }, key);
            ids.add(generatedId(key));
        }
        var suppliers = new HashMap<Long, String>();
        var entityIds = new HashSet<Long>();
        deals.forEach(d -> entityIds.add(d.product().entityId()));
        jdbc.query("SELECT id, name FROM market_entity", rs -> {
            if (entityIds.contains(rs.getLong(1))) {
                suppliers.put(rs.getLong(1), rs.getString(2));
            }
        });
        jdbc.batchUpdate("INSERT INTO sales_exhibition_deal (version, exhibition_id, project_name, supplier_id, "
                        + "supplier_name, buyer_name, amount, signed_on) VALUES (0, ?, ?, ?, ?, ?, ?, ?)", deals, 500,
                (ps, deal) -> {
                    ps.setLong(1, ids.get(deal.exhibition()));
                    ps.setString(2, deal.project().length() > 200 ? deal.project().substring(0, 200) : deal.project());
                    ps.setLong(3, deal.product().entityId());
                    ps.setString(4, suppliers.getOrDefault(deal.product().entityId(), deal.product().name()));
                    ps.setString(5, deal.buyer());
                    ps.setBigDecimal(6, deal.amount());
                    ps.setDate(7, Date.valueOf(deal.signedOn()));
                });
    }

    /** H2 and MySQL name the generated key differently; the id is the first key either way. */
    private static long generatedId(GeneratedKeyHolder key) {
        return ((Number) key.getKeyList().getFirst().values().iterator().next()).longValue();
    }
}
