package cn.gov.hlj.consumptionaid.metrics;

import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.reference.RegionCodes;
import cn.gov.hlj.consumptionaid.shared.time.Period;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The indicators' definitions computed again, independently of the metrics module's SQL and rollups: every raw row
 * is loaded into memory and each figure is a plain Java filter-and-sum over the rows its definition names. The
 * consistency tests compare the service's figures with these.
 */
final class IndicatorOracle {

    record Unit(long id, String code, String type, String kind, String school, String department, String region) {
    }

    record Purchase(long id, Unit unit, LocalDate date, String status, BigDecimal amount, String category,
                    String channel, boolean donation, boolean consignment, long supplier, String supplierCounty) {
    }

    record Sale(long id, LocalDate date, String region, String category, String channel, String kind,
                String buyerProvince, BigDecimal amount, Long product) {
    }

    record Share(long unit, int year, String status, BigDecimal amount) {
    }

    record Product(long id, String county, String category, String status, LocalDate published, LocalDate validUntil,
                   LocalDate withdrawn, String reason, Long renewalOf, int poorPeople, long entity) {
    }

    record Complaint(long id, String county, LocalDate received, LocalDate closed) {
    }

    record Entity(long id, String county, boolean blacklisted, boolean leading, String type) {
    }

    record Outlet(long id, String kind, String status, String region, String address) {
    }

    record Deal(long id, String channel, String region, LocalDate signed, BigDecimal amount) {
    }

    private static final Set<String> LISTED = Set.of("IN_CATALOG", "WITHDRAWAL_REQUESTED", "WITHDRAWAL_CONFIRMED");
    private static final Set<String> PLATFORMS = Set.of("PLATFORM_832", "XIAOKANG_LONGJIANG");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    final List<Unit> units;
    final List<Purchase> purchases;
    final List<Sale> sales;
    final List<Share> shares;
    final List<Product> products;
    final List<Complaint> complaints;
    final List<Entity> entities;
    final List<Outlet> outlets;
    final List<Deal> deals;
    private final LocalDate today;

    IndicatorOracle(JdbcTemplate jdbc, LocalDate today) {
        this.today = today;
        units = jdbc.query("SELECT id, code, purchaser_type, budget_unit_kind, school_type,"
                        + " supervising_department_code, region_code FROM purchaser",
                (rs, n) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)));
        Map<Long, Unit> byId = units.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<Long, String> entityCounty = new HashMap<>();
        entities = jdbc.query("SELECT id, county_code, blacklisted, leading_enterprise, entity_type FROM market_entity",
                (rs, n) -> new Entity(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getString(5)));
        entities.forEach(e -> entityCounty.put(e.id(), e.county()));
        purchases = jdbc.query("SELECT id, purchaser_id, order_date, status, amount, category_code, channel_code,"
                        + " donation, consignment, supplier_id FROM purchase",
                (rs, n) -> new Purchase(rs.getLong(1), byId.get(rs.getLong(2)), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getBigDecimal(5), rs.getString(6), rs.getString(7), rs.getBoolean(8),
                        rs.getBoolean(9), rs.getLong(10), entityCounty.get(rs.getLong(10))));
        sales = jdbc.query("SELECT s.id, s.sale_date, s.region_code, s.category_code, s.channel_code, c.kind,"
                        + " s.buyer_province_code, s.amount, s.product_id FROM sale s"
                        + " JOIN sales_channel c ON c.code = s.channel_code",
                (rs, n) -> new Sale(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8),
                        (Long) rs.getObject(9, Long.class)));
        shares = jdbc.query("SELECT purchaser_id, share_year, status, reserved_amount FROM reserved_share",
                (rs, n) -> new Share(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getBigDecimal(4)));
        products = jdbc.query("SELECT id, county_code, category_code, status, published_on, valid_until, withdrawn_on,"
                        + " withdrawal_reason, renewal_of_id, poor_people_driven, market_entity_id"
                        + " FROM certification_application",
                (rs, n) -> new Product(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class), rs.getString(8), (Long) rs.getObject(9, Long.class),
                        rs.getInt(10), rs.getLong(11)));
        outlets = jdbc.query("SELECT id, kind, status, region_code, address FROM sales_outlet",
                (rs, n) -> new Outlet(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)));
        deals = jdbc.query("SELECT d.id, x.channel_code, x.region_code, d.signed_on, d.amount"
                        + " FROM sales_exhibition_deal d JOIN sales_exhibition x ON x.id = d.exhibition_id",
                (rs, n) -> new Deal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getBigDecimal(5)));
        complaints = jdbc.query("SELECT id, county_code, received_on, closed_on FROM complaint",
                (rs, n) -> new Complaint(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)));
    }

    /** The applicable cuts of a filter for an indicator and a scope, as the catalog defines them. */
    private record Cuts(String prefix, String category, String channel, String department, String school,
                        String type, BigDecimal threshold) {

        static Cuts of(Indicator indicator, IndicatorFilter filter, DataScope scope) {
            var prefix = scope.regionPrefix();
            if (filter.regionCode() != null
                    && (indicator.hasDimension(Dimension.CITY) || indicator.hasDimension(Dimension.COUNTY))) {
                var wanted = RegionCodes.subtreePrefix(filter.regionCode());
                prefix = wanted.startsWith(prefix) ? wanted : prefix.startsWith(wanted) ? prefix : "-";
            }
            return new Cuts(prefix,
                    indicator.hasDimension(Dimension.CATEGORY) ? filter.categoryCode() : null,
                    indicator.hasDimension(Dimension.CHANNEL) ? filter.channelCode() : null,
                    indicator.hasDimension(Dimension.SUPERVISING_DEPARTMENT) ? filter.supervisingDepartmentCode() : null,
                    indicator.hasDimension(Dimension.SCHOOL_TYPE) ? filter.schoolType() : null,
                    indicator.hasDimension(Dimension.PURCHASER_TYPE) ? filter.purchaserType() : null,
                    filter.effectiveThreshold());
        }

        boolean region(String code) {
            return code != null && code.startsWith(prefix);
        }

        boolean unit(Unit u) {
            return region(u.region()) && eq(department, u.department()) && eq(school, u.school())
                    && eq(type, u.type());
        }

        static boolean eq(String wanted, String actual) {
            return wanted == null || wanted.equals(actual);
        }
    }

    static String city(String region) {
        return region.endsWith("0000") ? region : region.substring(0, 4) + "00";
    }

    static String month(LocalDate day) {
        return YearMonth.from(day).toString();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static String unitKey(Dimension dimension, Unit u) {
        return switch (dimension) {
            case CITY -> city(u.region());
            case COUNTY -> u.region();
            case SUPERVISING_DEPARTMENT -> blank(u.department());
            case SCHOOL_TYPE -> blank(u.school());
            case PURCHASER_TYPE -> u.type();
            case PURCHASER -> u.code();
            default -> throw new IllegalArgumentException(dimension.name());
        };
    }

    private static String purchaseKey(Dimension dimension, Purchase p) {
        return switch (dimension) {
            case CATEGORY -> p.category();
            case CHANNEL -> p.channel();
            case MONTH -> month(p.date());
            default -> unitKey(dimension, p.unit());
        };
    }

    private static Predicate<Unit> lens(Indicator indicator) {
        return switch (indicator.name().split("_")[0]) {
            case "FINANCE" -> u -> u.type().equals("BUDGET_UNIT");
            case "EDUCATION" -> u -> u.type().equals("BUDGET_UNIT") && "SCHOOL".equals(u.kind());
            case "SASAC" -> u -> u.type().equals("SOE");
            case "FEDERATION" -> u -> u.type().equals("PRIVATE_ENTERPRISE");
            default -> u -> true;
        };
    }

    private static <T> Map<String, BigDecimal> sum(Stream<T> rows, Dimension dimension,
                                                   Function<T, String> key, Function<T, BigDecimal> value) {
        return rows.collect(Collectors.groupingBy(r -> dimension == null ? "" : key.apply(r),
                Collectors.reducing(BigDecimal.ZERO, value, BigDecimal::add)));
    }

    private static <T> Map<String, BigDecimal> distinct(Stream<T> rows, Dimension dimension, Function<T, String> key,
                                                        Function<T, Object> identity) {
        return rows.collect(Collectors.groupingBy(r -> dimension == null ? "" : key.apply(r),
                Collectors.collectingAndThen(Collectors.mapping(identity, Collectors.toSet()),
                        set -> BigDecimal.valueOf(set.size()))));
    }

    private static BigDecimal percent(BigDecimal top, BigDecimal bottom) {
        return top.multiply(HUNDRED).divide(bottom, 2, RoundingMode.HALF_UP);
    }

    private static Map<String, BigDecimal> ratio(Dimension dimension, Map<String, BigDecimal> top,
                                                 Map<String, BigDecimal> bottom) {
        var result = new HashMap<String, BigDecimal>();
        bottom.forEach((key, value) -> {
            if (value.signum() != 0) {
                result.put(key, percent(top.getOrDefault(key, BigDecimal.ZERO), value));
            }
        });
        if (dimension == null && result.isEmpty()) {
            result.put("", BigDecimal.ZERO.setScale(2));
        }
        return result;
    }

    private Stream<Purchase> counted(Period period) {
        return purchases.stream().filter(p -> p.status().equals("COMPLETED") && period.contains(p.date()));
    }

    /** The counted purchases an amount-type indicator sums. */
    Stream<Purchase> purchaseRows(Indicator indicator, Cuts cuts, Period period) {
        var lens = lens(indicator);
        Predicate<Purchase> extra = switch (indicator) {
            case SASAC_DONATION_AMOUNT -> Purchase::donation;
            case SASAC_CONSIGNMENT_AMOUNT, FEDERATION_CONSIGNMENT_AMOUNT -> Purchase::consignment;
            case SUPPLY_PLATFORM_TURNOVER, SUPPLY_PLATFORM_ORDERS -> p -> PLATFORMS.contains(p.channel());
            default -> p -> true;
        };
        return counted(period).filter(p -> lens.test(p.unit()) && extra.test(p) && cuts.unit(p.unit())
                && Cuts.eq(cuts.category(), p.category()) && Cuts.eq(cuts.channel(), p.channel()));
    }

    private Stream<Unit> unitRows(Indicator indicator, Cuts cuts) {
        var lens = lens(indicator);
        return units.stream().filter(u -> lens.test(u) && cuts.unit(u));
    }

    /**
     * The budget units below the filter's threshold (the engine's {@code unitCompletions} with belowThresholdOnly),
     * each as "code completed/reserved", lowest completion rate first (exact), then by code.
     */
    List<String> unitsBelow(IndicatorFilter filter, DataScope scope) {
        var cuts = Cuts.of(Indicator.FINANCE_UNITS_BELOW_RATE, filter, scope);
        var reserved = reservedByUnit(filter.period().to().getYear());
        var completed = completedByUnit(filter.period());
        record Row(String code, BigDecimal done, BigDecimal share) {
        }
        return unitRows(Indicator.FINANCE_UNITS_BELOW_RATE, cuts)
                .map(u -> new Row(u.code(), completed.getOrDefault(u.id(), BigDecimal.ZERO),
                        reserved.getOrDefault(u.id(), BigDecimal.ZERO)))
                .filter(r -> r.share().signum() > 0
                        && r.done().multiply(HUNDRED).compareTo(cuts.threshold().multiply(r.share())) < 0)
                .sorted(java.util.Comparator.<Row, BigDecimal>comparing(r -> r.done().divide(r.share(),
                        java.math.MathContext.DECIMAL128)).thenComparing(Row::code))
                .map(r -> r.code() + " " + r.done().stripTrailingZeros().toPlainString() + "/"
                        + r.share().stripTrailingZeros().toPlainString())
                .toList();
    }

    private Map<Long, BigDecimal> reservedByUnit(int year) {
        return shares.stream().filter(s -> s.year() == year && Set.of("SUBMITTED", "APPROVED").contains(s.status()))
                .collect(Collectors.toMap(Share::unit, Share::amount, BigDecimal::add));
    }

    private Map<Long, BigDecimal> completedByUnit(Period period) {
        return counted(period).filter(p -> p.unit().type().equals("BUDGET_UNIT"))
                .collect(Collectors.toMap(p -> p.unit().id(), Purchase::amount, BigDecimal::add));
    }

    Stream<Sale> saleRows(Indicator indicator, Cuts cuts, Period period) {
        Predicate<Sale> which = switch (indicator) {
            case CYBERSPACE_ONLINE_SALES_AMOUNT, CYBERSPACE_ONLINE_SALES_RECORDS -> s -> s.kind().equals("ONLINE");
            case COMMERCE_OFFLINE_SALES_AMOUNT -> s -> s.kind().equals("OFFLINE");
            case COMMERCE_EXHIBITION_SALES_AMOUNT -> s -> s.kind().equals("EXHIBITION");
            case REFORM_GUANGDONG_SALES_AMOUNT -> s -> "440000".equals(s.buyerProvince());
            case REFORM_GD_HALL_SALES_AMOUNT -> s -> s.channel().equals("GD_EW_MARKET_HLJ_HALL");
            case SUPPLY_PLATFORM_SALES_AMOUNT -> s -> PLATFORMS.contains(s.channel());
            default -> s -> true;
        };
        return sales.stream().filter(s -> period.contains(s.date()) && which.test(s) && cuts.region(s.region())
                && Cuts.eq(cuts.category(), s.category()) && Cuts.eq(cuts.channel(), s.channel()));
    }

    private static String saleKey(Dimension dimension, Sale s) {
        return switch (dimension) {
            case CITY -> city(s.region());
            case COUNTY -> s.region();
            case CATEGORY -> s.category();
            case CHANNEL -> s.channel();
            case MONTH -> month(s.date());
            default -> throw new IllegalArgumentException(dimension.name());
        };
    }

    private Stream<Product> productRows(Indicator indicator, Cuts cuts, Period period) {
        Predicate<Product> which = switch (indicator) {
            case POVERTY_CERTIFIED_PRODUCTS, POVERTY_POOR_PEOPLE_DRIVEN -> p -> LISTED.contains(p.status());
            case POVERTY_NEWLY_CERTIFIED -> p -> p.published() != null && period.contains(p.published())
                    && p.renewalOf() == null;
            case POVERTY_CATALOG_EXPIRING -> p -> LISTED.contains(p.status()) && p.validUntil() != null
                    && !p.validUntil().isBefore(today) && !p.validUntil().isAfter(today.plusMonths(3));
            case AGRICULTURE_WITHDRAWALS -> p -> p.withdrawn() != null && period.contains(p.withdrawn());
            case AGRICULTURE_QUALITY_WITHDRAWALS -> p -> p.withdrawn() != null && period.contains(p.withdrawn())
                    && "QUALITY_OR_SAFETY".equals(p.reason());
            default -> throw new IllegalArgumentException(indicator.name());
        };
        return products.stream().filter(p -> which.test(p) && cuts.region(p.county())
                && Cuts.eq(cuts.category(), p.category()));
    }

    private static String productKey(Indicator indicator, Dimension dimension, Product p) {
        return switch (dimension) {
            case CITY -> city(p.county());
            case COUNTY -> p.county();
            case CATEGORY -> p.category();
            case MONTH -> month(indicator == Indicator.POVERTY_NEWLY_CERTIFIED ? p.published() : p.withdrawn());
            default -> throw new IllegalArgumentException(dimension.name());
        };
    }

    private Stream<Complaint> complaintRows(Indicator indicator, Cuts cuts, Period period) {
        Predicate<Complaint> which = switch (indicator) {
            case POVERTY_COMPLAINTS_RECEIVED -> c -> period.contains(c.received());
            case POVERTY_COMPLAINTS_OPEN -> c -> c.closed() == null;
            case POVERTY_COMPLAINTS_HANDLED -> c -> c.closed() != null && period.contains(c.closed());
            default -> throw new IllegalArgumentException(indicator.name());
        };
        return complaints.stream().filter(c -> which.test(c) && cuts.region(c.county()));
    }

    private Stream<Entity> entityRows(Indicator indicator, Cuts cuts) {
        Predicate<Entity> which = switch (indicator) {
            case POVERTY_BLACKLISTED_ENTITIES -> Entity::blacklisted;
            case AGRICULTURE_LEADING_ENTERPRISES -> Entity::leading;
            case AGRICULTURE_COOPERATIVES -> e -> e.type().equals("FARMERS_COOPERATIVE");
            default -> e -> true;
        };
        return entities.stream().filter(e -> which.test(e) && cuts.region(e.county()));
    }

    private static String countyKey(Dimension dimension, String county, LocalDate date) {
        return switch (dimension) {
            case CITY -> city(county);
            case COUNTY -> county;
            case MONTH -> month(date);
            default -> throw new IllegalArgumentException(dimension.name());
        };
    }

    private Stream<Outlet> outletRows(Cuts cuts) {
        return outlets.stream().filter(o -> o.status().equals("OPEN") && cuts.region(o.region())
                && Cuts.eq(cuts.channel(), outletChannel(o)));
    }

    private static String outletChannel(Outlet outlet) {
        return switch (outlet.kind()) {
            case "COUNTER" -> "CONSUMPTION_AID_COUNTER";
            case "ZONE" -> "CONSUMPTION_AID_ZONE";
            default -> "CONSUMPTION_AID_HALL";
        };
    }

    private Stream<Deal> dealRows(Cuts cuts, Period period) {
        return deals.stream().filter(d -> period.contains(d.signed()) && cuts.region(d.region())
                && Cuts.eq(cuts.channel(), d.channel()));
    }

    private static String regionKey(Dimension dimension, String region, String channel, LocalDate date) {
        return switch (dimension) {
            case CITY -> city(region);
            case COUNTY -> region;
            case CHANNEL -> channel;
            case MONTH -> month(date);
            default -> throw new IllegalArgumentException(dimension.name());
        };
    }

    /** Market entities with at least one product listed in the catalog now (supply.listed-suppliers). */
    private Stream<Entity> listedSupplierRows(Cuts cuts) {
        var listed = products.stream().filter(p -> LISTED.contains(p.status())).map(Product::entity)
                .collect(Collectors.toSet());
        return entities.stream().filter(e -> listed.contains(e.id()) && cuts.region(e.county()));
    }

    /** Online sales of a catalog product in the period, with the product (cyberspace.products-online). */
    private record SoldProduct(Sale sale, Product product) {
    }

    private Stream<SoldProduct> onlineProductSales(Cuts cuts, Period period) {
        Map<Long, Product> byId = products.stream().collect(Collectors.toMap(Product::id, Function.identity()));
        return sales.stream().filter(s -> s.product() != null && s.kind().equals("ONLINE") && period.contains(s.date())
                        && Cuts.eq(cuts.channel(), s.channel()))
                .map(s -> new SoldProduct(s, byId.get(s.product())))
                .filter(sp -> cuts.region(sp.product().county()) && Cuts.eq(cuts.category(), sp.product().category()));
    }

    private static String soldProductKey(Dimension dimension, SoldProduct sp) {
        return switch (dimension) {
            case CITY -> city(sp.product().county());
            case COUNTY -> sp.product().county();
            case CATEGORY -> sp.product().category();
            case CHANNEL -> sp.sale().channel();
            case MONTH -> month(sp.sale().date());
            default -> throw new IllegalArgumentException(dimension.name());
        };
    }

    /** Budget units whose counted purchases in the period reach a counted share above zero of its year. */
    private Stream<Unit> modelUnitRows(Cuts cuts, Period period) {
        var reserved = reservedByUnit(period.to().getYear());
        var completed = completedByUnit(period);
        return units.stream().filter(u -> u.type().equals("BUDGET_UNIT") && cuts.unit(u)).filter(u -> {
            var share = reserved.getOrDefault(u.id(), BigDecimal.ZERO);
            return share.signum() > 0 && completed.getOrDefault(u.id(), BigDecimal.ZERO).compareTo(share) >= 0;
        });
    }

    private Stream<Outlet> guangdongOutletRows(Cuts cuts) {
        return outletRows(cuts).filter(o -> o.address().startsWith("广东"));
    }

    /** The figure by a dimension's members (null: the total under ''). */
    Map<String, BigDecimal> figures(Indicator indicator, Dimension dimension, IndicatorFilter filter, DataScope scope,
                                    Period period) {
        var cuts = Cuts.of(indicator, filter, scope);
        int year = period.to().getYear();
        var one = BigDecimal.ONE;
        return switch (indicator) {
            case FINANCE_COMPLETED_AMOUNT, EDUCATION_PURCHASE_AMOUNT, SASAC_PURCHASE_AMOUNT, SASAC_DONATION_AMOUNT,
                 SASAC_CONSIGNMENT_AMOUNT, FEDERATION_PURCHASE_AMOUNT, FEDERATION_CONSIGNMENT_AMOUNT,
                 POVERTY_PURCHASE_AMOUNT, SUPPLY_PLATFORM_TURNOVER ->
                    sum(purchaseRows(indicator, cuts, period), dimension, p -> purchaseKey(dimension, p),
                            Purchase::amount);
            case SUPPLY_PLATFORM_ORDERS -> sum(purchaseRows(indicator, cuts, period), dimension,
                    p -> purchaseKey(dimension, p), p -> one);
            case EDUCATION_PARTICIPATING_SCHOOLS, SASAC_PARTICIPATING_SOES, FEDERATION_PARTICIPATING_ENTERPRISES ->
                    distinct(purchaseRows(indicator, cuts, period), dimension, p -> purchaseKey(dimension, p),
                            p -> p.unit().id());
            case FINANCE_BUDGET_UNITS, EDUCATION_SCHOOLS, SASAC_SOES, FEDERATION_ENTERPRISES ->
                    sum(unitRows(indicator, cuts), dimension, u -> unitKey(dimension, u), u -> one);
            case EDUCATION_PARTICIPATION_RATE -> ratio(dimension,
                    figures(Indicator.EDUCATION_PARTICIPATING_SCHOOLS, dimension, filter, scope, period),
                    figures(Indicator.EDUCATION_SCHOOLS, dimension, filter, scope, period));
            case SASAC_PARTICIPATION_RATE -> ratio(dimension,
                    figures(Indicator.SASAC_PARTICIPATING_SOES, dimension, filter, scope, period),
                    figures(Indicator.SASAC_SOES, dimension, filter, scope, period));
            case FEDERATION_PARTICIPATION_RATE -> ratio(dimension,
                    figures(Indicator.FEDERATION_PARTICIPATING_ENTERPRISES, dimension, filter, scope, period),
                    figures(Indicator.FEDERATION_ENTERPRISES, dimension, filter, scope, period));
            case FINANCE_RESERVED_AMOUNT -> {
                var reserved = reservedByUnit(year);
                yield sum(unitRows(indicator, cuts).filter(u -> reserved.containsKey(u.id())), dimension,
                        u -> unitKey(dimension, u), u -> reserved.get(u.id()));
            }
            case FINANCE_COMPLETION_RATE -> {
                // The rate has no category or channel: those cuts do not apply to its numerator either.
                var plain = filter.withCategory(null).withChannel(null);
                yield ratio(dimension, figures(Indicator.FINANCE_COMPLETED_AMOUNT, dimension, plain, scope, period),
                        figures(Indicator.FINANCE_RESERVED_AMOUNT, dimension, plain, scope, period));
            }
            case FINANCE_UNITS_RESERVING_NOTHING -> {
                var reserved = reservedByUnit(year);
                yield sum(unitRows(indicator, cuts).filter(u -> reserved.getOrDefault(u.id(), BigDecimal.ZERO)
                        .signum() <= 0), dimension, u -> unitKey(dimension, u), u -> one);
            }
            case FINANCE_UNITS_BELOW_RATE -> {
                var reserved = reservedByUnit(year);
                var completed = completedByUnit(period);
                yield sum(unitRows(indicator, cuts).filter(u -> {
                    var share = reserved.getOrDefault(u.id(), BigDecimal.ZERO);
                    var done = completed.getOrDefault(u.id(), BigDecimal.ZERO);
                    return share.signum() > 0
                            && done.multiply(HUNDRED).compareTo(cuts.threshold().multiply(share)) < 0;
                }), dimension, u -> unitKey(dimension, u), u -> one);
            }
            case SUPPLY_ACTIVE_SUPPLIERS -> distinct(counted(period).filter(p -> PLATFORMS.contains(p.channel())
                            && cuts.region(p.supplierCounty())), dimension,
                    p -> countyKey(dimension, p.supplierCounty(), p.date()), Purchase::supplier);
            case POVERTY_SALES_AMOUNT, CYBERSPACE_ONLINE_SALES_AMOUNT, COMMERCE_OFFLINE_SALES_AMOUNT,
                 COMMERCE_EXHIBITION_SALES_AMOUNT, REFORM_GUANGDONG_SALES_AMOUNT, REFORM_GD_HALL_SALES_AMOUNT,
                 SUPPLY_PLATFORM_SALES_AMOUNT -> sum(saleRows(indicator, cuts, period), dimension,
                    s -> saleKey(dimension, s), Sale::amount);
            case CYBERSPACE_ONLINE_SALES_RECORDS -> sum(saleRows(indicator, cuts, period), dimension,
                    s -> saleKey(dimension, s), s -> one);
            case POVERTY_CERTIFIED_PRODUCTS, POVERTY_NEWLY_CERTIFIED, POVERTY_CATALOG_EXPIRING,
                 AGRICULTURE_WITHDRAWALS, AGRICULTURE_QUALITY_WITHDRAWALS -> sum(productRows(indicator, cuts, period),
                    dimension, p -> productKey(indicator, dimension, p), p -> one);
            case POVERTY_POOR_PEOPLE_DRIVEN -> sum(productRows(indicator, cuts, period), dimension,
                    p -> productKey(indicator, dimension, p), p -> BigDecimal.valueOf(p.poorPeople()));
            case POVERTY_COMPLAINTS_RECEIVED, POVERTY_COMPLAINTS_OPEN, POVERTY_COMPLAINTS_HANDLED ->
                    sum(complaintRows(indicator, cuts, period), dimension, c -> countyKey(dimension, c.county(),
                            indicator == Indicator.POVERTY_COMPLAINTS_HANDLED ? c.closed() : c.received()), c -> one);
            case POVERTY_BLACKLISTED_ENTITIES, AGRICULTURE_MARKET_ENTITIES, AGRICULTURE_LEADING_ENTERPRISES,
                 AGRICULTURE_COOPERATIVES ->
                    sum(entityRows(indicator, cuts), dimension, e -> countyKey(dimension, e.county(), null), e -> one);
            case COMMERCE_OUTLETS_OPEN -> sum(outletRows(cuts), dimension,
                    o -> regionKey(dimension, o.region(), outletChannel(o), null), o -> one);
            case COMMERCE_EXHIBITION_DEALS_AMOUNT -> sum(dealRows(cuts, period), dimension,
                    d -> regionKey(dimension, d.region(), d.channel(), d.signed()), Deal::amount);
            case SUPPLY_LISTED_SUPPLIERS -> sum(listedSupplierRows(cuts), dimension,
                    e -> countyKey(dimension, e.county(), null), e -> one);
            case CYBERSPACE_PRODUCTS_ONLINE -> distinct(onlineProductSales(cuts, period), dimension,
                    sp -> soldProductKey(dimension, sp), sp -> sp.product().id());
            case REFORM_PLATFORMS_BUILT -> sum(guangdongOutletRows(cuts), dimension,
                    o -> regionKey(dimension, o.region(), outletChannel(o), null), o -> one);
            case POVERTY_MODEL_UNIT_CANDIDATES -> sum(modelUnitRows(cuts, period), dimension,
                    u -> unitKey(dimension, u), u -> one);
        };
    }

    BigDecimal total(Indicator indicator, IndicatorFilter filter, DataScope scope, Period period) {
        return figures(indicator, null, filter, scope, period).getOrDefault("", BigDecimal.ZERO);
    }

    /** How many stored rows stand behind a figure (the rows IndicatorService.sourceRows lists). */
    long sourceRowCount(Indicator indicator, IndicatorFilter filter, DataScope scope) {
        var cuts = Cuts.of(indicator, filter, scope);
        var period = filter.period();
        int year = period.to().getYear();
        return switch (indicator.source()) {
            case PURCHASE -> switch (indicator) {
                case SUPPLY_ACTIVE_SUPPLIERS -> counted(period).filter(p -> PLATFORMS.contains(p.channel())
                        && cuts.region(p.supplierCounty())).count();
                case FINANCE_COMPLETION_RATE -> purchaseRows(Indicator.FINANCE_COMPLETED_AMOUNT,
                        Cuts.of(indicator, filter, scope), period).count();
                default -> purchaseRows(indicator, cuts, period).count();
            };
            case PURCHASER -> switch (indicator) {
                case POVERTY_MODEL_UNIT_CANDIDATES -> modelUnitRows(cuts, period).count();
                case FINANCE_UNITS_RESERVING_NOTHING, FINANCE_UNITS_BELOW_RATE ->
                        figures(indicator, null, filter, scope, period).getOrDefault("", BigDecimal.ZERO).longValue();
                default -> unitRows(indicator, cuts).count();
            };
            case RESERVED_SHARE -> {
                var counted = new HashSet<Long>();
                unitRows(indicator, cuts).forEach(u -> counted.add(u.id()));
                yield shares.stream().filter(s -> s.year() == year && counted.contains(s.unit())
                        && Set.of("SUBMITTED", "APPROVED").contains(s.status())).count();
            }
            case SALE -> saleRows(indicator, cuts, period).count();
            case PRODUCT -> indicator == Indicator.CYBERSPACE_PRODUCTS_ONLINE
                    ? onlineProductSales(cuts, period).map(sp -> sp.product().id()).distinct().count()
                    : productRows(indicator, cuts, period).count();
            case COMPLAINT -> complaintRows(indicator, cuts, period).count();
            case MARKET_ENTITY -> indicator == Indicator.SUPPLY_LISTED_SUPPLIERS ? listedSupplierRows(cuts).count()
                    : entityRows(indicator, cuts).count();
            case OUTLET -> indicator == Indicator.REFORM_PLATFORMS_BUILT ? guangdongOutletRows(cuts).count()
                    : outletRows(cuts).count();
            case EXHIBITION_DEAL -> dealRows(cuts, period).count();
        };
    }
}
