package cn.gov.hlj.consumptionaid.metrics;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cn.gov.hlj.consumptionaid.metrics.Dimension.CATEGORY;
import static cn.gov.hlj.consumptionaid.metrics.Dimension.CHANNEL;
import static cn.gov.hlj.consumptionaid.metrics.Dimension.CITY;
import static cn.gov.hlj.consumptionaid.metrics.Dimension.COUNTY;
import static cn.gov.hlj.consumptionaid.metrics.Dimension.MONTH;
import static cn.gov.hlj.consumptionaid.metrics.Dimension.PURCHASER;
import static cn.gov.hlj.consumptionaid.metrics.Dimension.PURCHASER_TYPE;
import static cn.gov.hlj.consumptionaid.metrics.Dimension.SCHOOL_TYPE;
import static cn.gov.hlj.consumptionaid.metrics.Dimension.SUPERVISING_DEPARTMENT;

/**
 * The indicator catalog (指标目录): every figure the portal shows, with its code, owning department, unit, the
 * dimensions it can be cut by and filtered on, and the source rows it is computed from. Names and written definitions
 * are i18n keys ({@link #nameKey()}, {@link #definitionKey()}) in {@code i18n/metrics_*.properties}. Dashboards and
 * bulletins ask {@link IndicatorService} by indicator (or by {@link #code()} through {@link #byCode}); nothing else
 * computes figures.
 * <p>
 * A <em>flow</em> indicator ({@link #periodic()}) sums what happened within the filter's period and has a previous
 * period value; a <em>stock</em> indicator counts what stands now (registered units, products in the catalog) and
 * ignores the period.
 */
public enum Indicator {

    // 省财政厅: budget units (预算单位) — reserved shares vs counted purchases
    FINANCE_BUDGET_UNITS("finance.budget-units", "FINANCE", IndicatorUnit.COUNT, false, SourceKind.PURCHASER,
            dims(CITY, COUNTY, SUPERVISING_DEPARTMENT)),
    FINANCE_RESERVED_AMOUNT("finance.reserved-amount", "FINANCE", IndicatorUnit.YUAN, true, SourceKind.RESERVED_SHARE,
            dims(CITY, COUNTY, SUPERVISING_DEPARTMENT, PURCHASER)),
    FINANCE_COMPLETED_AMOUNT("finance.completed-amount", "FINANCE", IndicatorUnit.YUAN, true, SourceKind.PURCHASE,
            dims(CITY, COUNTY, SUPERVISING_DEPARTMENT, CATEGORY, CHANNEL, MONTH, PURCHASER)),
    FINANCE_COMPLETION_RATE("finance.completion-rate", "FINANCE", IndicatorUnit.PERCENT, true, SourceKind.PURCHASE,
            dims(CITY, COUNTY, SUPERVISING_DEPARTMENT, PURCHASER)),
    FINANCE_UNITS_RESERVING_NOTHING("finance.units-reserving-nothing", "FINANCE", IndicatorUnit.COUNT, true,
            SourceKind.PURCHASER, dims(CITY, COUNTY, SUPERVISING_DEPARTMENT)),
    FINANCE_UNITS_BELOW_RATE("finance.units-below-rate", "FINANCE", IndicatorUnit.COUNT, true, SourceKind.PURCHASER,
            dims(CITY, COUNTY, SUPERVISING_DEPARTMENT)),

    // 省教育厅: 农校对接 (schools)
    EDUCATION_SCHOOLS("education.schools", "EDUCATION", IndicatorUnit.COUNT, false, SourceKind.PURCHASER,
            dims(CITY, COUNTY, SCHOOL_TYPE)),
    EDUCATION_PARTICIPATING_SCHOOLS("education.participating-schools", "EDUCATION", IndicatorUnit.COUNT, true,
            SourceKind.PURCHASE, dims(CITY, COUNTY, SCHOOL_TYPE, MONTH)),
    EDUCATION_PARTICIPATION_RATE("education.participation-rate", "EDUCATION", IndicatorUnit.PERCENT, true,
            SourceKind.PURCHASER, dims(CITY, COUNTY, SCHOOL_TYPE)),
    EDUCATION_PURCHASE_AMOUNT("education.purchase-amount", "EDUCATION", IndicatorUnit.YUAN, true, SourceKind.PURCHASE,
            dims(CITY, COUNTY, SCHOOL_TYPE, CATEGORY, CHANNEL, MONTH, PURCHASER)),

    // 省国资委: state-owned enterprises
    SASAC_SOES("sasac.soes", "SASAC", IndicatorUnit.COUNT, false, SourceKind.PURCHASER, dims(CITY, COUNTY)),
    SASAC_PARTICIPATING_SOES("sasac.participating-soes", "SASAC", IndicatorUnit.COUNT, true, SourceKind.PURCHASE,
            dims(CITY, COUNTY, MONTH)),
    SASAC_PARTICIPATION_RATE("sasac.participation-rate", "SASAC", IndicatorUnit.PERCENT, true, SourceKind.PURCHASER,
            dims(CITY, COUNTY)),
    SASAC_PURCHASE_AMOUNT("sasac.purchase-amount", "SASAC", IndicatorUnit.YUAN, true, SourceKind.PURCHASE,
            dims(CITY, COUNTY, CATEGORY, CHANNEL, MONTH, PURCHASER)),
    SASAC_DONATION_AMOUNT("sasac.donation-amount", "SASAC", IndicatorUnit.YUAN, true, SourceKind.PURCHASE,
            dims(CITY, COUNTY, CATEGORY, CHANNEL, MONTH, PURCHASER)),
    SASAC_CONSIGNMENT_AMOUNT("sasac.consignment-amount", "SASAC", IndicatorUnit.YUAN, true, SourceKind.PURCHASE,
            dims(CITY, COUNTY, CATEGORY, CHANNEL, MONTH, PURCHASER)),

    // 省工商联: private enterprises (百企帮百村)
    FEDERATION_ENTERPRISES("federation.enterprises", "COMMERCE_FEDERATION", IndicatorUnit.COUNT, false,
            SourceKind.PURCHASER, dims(CITY, COUNTY)),
    FEDERATION_PARTICIPATING_ENTERPRISES("federation.participating-enterprises", "COMMERCE_FEDERATION",
            IndicatorUnit.COUNT, true, SourceKind.PURCHASE, dims(CITY, COUNTY, MONTH)),
    FEDERATION_PARTICIPATION_RATE("federation.participation-rate", "COMMERCE_FEDERATION", IndicatorUnit.PERCENT,
            true, SourceKind.PURCHASER, dims(CITY, COUNTY)),
    FEDERATION_PURCHASE_AMOUNT("federation.purchase-amount", "COMMERCE_FEDERATION", IndicatorUnit.YUAN, true,
            SourceKind.PURCHASE, dims(CITY, COUNTY, CATEGORY, CHANNEL, MONTH, PURCHASER)),
    FEDERATION_CONSIGNMENT_AMOUNT("federation.consignment-amount", "COMMERCE_FEDERATION", IndicatorUnit.YUAN, true,
            SourceKind.PURCHASE, dims(CITY, COUNTY, CATEGORY, CHANNEL, MONTH, PURCHASER)),

    // 省扶贫办 (lead): catalog, complaints, blacklist, sales, all purchases
    POVERTY_CERTIFIED_PRODUCTS("poverty.certified-products", "POVERTY_OFFICE", IndicatorUnit.COUNT, false,
            SourceKind.PRODUCT, dims(CITY, COUNTY, CATEGORY), "AGRICULTURE"),
    POVERTY_NEWLY_CERTIFIED("poverty.newly-certified", "POVERTY_OFFICE", IndicatorUnit.COUNT, true,
            SourceKind.PRODUCT, dims(CITY, COUNTY, CATEGORY, MONTH), "AGRICULTURE"),
    POVERTY_CATALOG_EXPIRING("poverty.catalog-expiring", "POVERTY_OFFICE", IndicatorUnit.COUNT, false,
            SourceKind.PRODUCT, dims(CITY, COUNTY, CATEGORY)),
    POVERTY_POOR_PEOPLE_DRIVEN("poverty.poor-people-driven", "POVERTY_OFFICE", IndicatorUnit.PERSONS, false,
            SourceKind.PRODUCT, dims(CITY, COUNTY, CATEGORY)),
    POVERTY_COMPLAINTS_RECEIVED("poverty.complaints-received", "POVERTY_OFFICE", IndicatorUnit.ITEMS, true,
            SourceKind.COMPLAINT, dims(CITY, COUNTY, MONTH)),
    POVERTY_COMPLAINTS_OPEN("poverty.complaints-open", "POVERTY_OFFICE", IndicatorUnit.ITEMS, false,
            SourceKind.COMPLAINT, dims(CITY, COUNTY)),
    POVERTY_COMPLAINTS_HANDLED("poverty.complaints-handled", "POVERTY_OFFICE", IndicatorUnit.ITEMS, true,
            SourceKind.COMPLAINT, dims(CITY, COUNTY, MONTH)),
    POVERTY_BLACKLISTED_ENTITIES("poverty.blacklisted-entities", "POVERTY_OFFICE", IndicatorUnit.COUNT, false,
            SourceKind.MARKET_ENTITY, dims(CITY, COUNTY)),
    POVERTY_SALES_AMOUNT("poverty.sales-amount", "POVERTY_OFFICE", IndicatorUnit.YUAN, true, SourceKind.SALE,
            dims(CITY, COUNTY, CATEGORY, CHANNEL, MONTH)),
    POVERTY_PURCHASE_AMOUNT("poverty.purchase-amount", "POVERTY_OFFICE", IndicatorUnit.YUAN, true,
            SourceKind.PURCHASE, dims(CITY, COUNTY, CATEGORY, CHANNEL, PURCHASER_TYPE, MONTH)),
    POVERTY_MODEL_UNIT_CANDIDATES("poverty.model-unit-candidates", "POVERTY_OFFICE", IndicatorUnit.COUNT, true,
            SourceKind.PURCHASER, dims(CITY, COUNTY, SUPERVISING_DEPARTMENT), "FINANCE"),

    // 省委网信办: online channels
    CYBERSPACE_ONLINE_SALES_AMOUNT("cyberspace.online-sales-amount", "CYBERSPACE", IndicatorUnit.YUAN, true,
            SourceKind.SALE, dims(CHANNEL, CITY, COUNTY, CATEGORY, MONTH), "COMMERCE"),
    CYBERSPACE_ONLINE_SALES_RECORDS("cyberspace.online-sales-records", "CYBERSPACE", IndicatorUnit.ITEMS, true,
            SourceKind.SALE, dims(CHANNEL, CITY, COUNTY, CATEGORY, MONTH), "COMMERCE"),
    CYBERSPACE_PRODUCTS_ONLINE("cyberspace.products-online", "CYBERSPACE", IndicatorUnit.COUNT, true,
            SourceKind.PRODUCT, dims(CHANNEL, CITY, COUNTY, CATEGORY, MONTH)),

    // 省农业农村厅: producers and quality
    AGRICULTURE_MARKET_ENTITIES("agriculture.market-entities", "AGRICULTURE", IndicatorUnit.COUNT, false,
            SourceKind.MARKET_ENTITY, dims(CITY, COUNTY)),
    AGRICULTURE_LEADING_ENTERPRISES("agriculture.leading-enterprises", "AGRICULTURE", IndicatorUnit.COUNT, false,
            SourceKind.MARKET_ENTITY, dims(CITY, COUNTY)),
    AGRICULTURE_COOPERATIVES("agriculture.cooperatives", "AGRICULTURE", IndicatorUnit.COUNT, false,
            SourceKind.MARKET_ENTITY, dims(CITY, COUNTY)),
    AGRICULTURE_WITHDRAWALS("agriculture.withdrawals", "AGRICULTURE", IndicatorUnit.COUNT, true, SourceKind.PRODUCT,
            dims(CITY, COUNTY, CATEGORY, MONTH), "POVERTY_OFFICE"),
    AGRICULTURE_QUALITY_WITHDRAWALS("agriculture.quality-withdrawals", "AGRICULTURE", IndicatorUnit.COUNT, true,
            SourceKind.PRODUCT, dims(CITY, COUNTY, CATEGORY, MONTH), "POVERTY_OFFICE"),

    // 省商务厅: offline counters/zones/halls and exhibitions
    COMMERCE_OFFLINE_SALES_AMOUNT("commerce.offline-sales-amount", "COMMERCE", IndicatorUnit.YUAN, true,
            SourceKind.SALE, dims(CHANNEL, CITY, COUNTY, CATEGORY, MONTH)),
    COMMERCE_EXHIBITION_SALES_AMOUNT("commerce.exhibition-sales-amount", "COMMERCE", IndicatorUnit.YUAN, true,
            SourceKind.SALE, dims(CHANNEL, CITY, COUNTY, CATEGORY, MONTH)),
    COMMERCE_OUTLETS_OPEN("commerce.outlets-open", "COMMERCE", IndicatorUnit.COUNT, false, SourceKind.OUTLET,
            dims(CHANNEL, CITY, COUNTY)),
    COMMERCE_EXHIBITION_DEALS_AMOUNT("commerce.exhibition-deals-amount", "COMMERCE", IndicatorUnit.YUAN, true,
            SourceKind.EXHIBITION_DEAL, dims(CHANNEL, CITY, COUNTY, MONTH)),

    // 省发展改革委: east–west cooperation with Guangdong
    REFORM_GUANGDONG_SALES_AMOUNT("reform.guangdong-sales-amount", "DEVELOPMENT_REFORM", IndicatorUnit.YUAN, true,
            SourceKind.SALE, dims(CHANNEL, CITY, COUNTY, CATEGORY, MONTH)),
    REFORM_GD_HALL_SALES_AMOUNT("reform.gd-hall-sales-amount", "DEVELOPMENT_REFORM", IndicatorUnit.YUAN, true,
            SourceKind.SALE, dims(CITY, COUNTY, CATEGORY, MONTH)),
    REFORM_PLATFORMS_BUILT("reform.platforms-built", "DEVELOPMENT_REFORM", IndicatorUnit.COUNT, false,
            SourceKind.OUTLET, dims(CHANNEL, CITY, COUNTY)),

    // 省供销社: the 832 platform and 小康龙江
    SUPPLY_PLATFORM_TURNOVER("supply.platform-turnover", "SUPPLY_COOPERATIVE", IndicatorUnit.YUAN, true,
            SourceKind.PURCHASE, dims(CHANNEL, CITY, COUNTY, CATEGORY, PURCHASER_TYPE, MONTH)),
    SUPPLY_PLATFORM_ORDERS("supply.platform-orders", "SUPPLY_COOPERATIVE", IndicatorUnit.ITEMS, true,
            SourceKind.PURCHASE, dims(CHANNEL, CITY, COUNTY, CATEGORY, PURCHASER_TYPE, MONTH)),
    SUPPLY_PLATFORM_SALES_AMOUNT("supply.platform-sales-amount", "SUPPLY_COOPERATIVE", IndicatorUnit.YUAN, true,
            SourceKind.SALE, dims(CHANNEL, CITY, COUNTY, CATEGORY, MONTH)),
    SUPPLY_ACTIVE_SUPPLIERS("supply.active-suppliers", "SUPPLY_COOPERATIVE", IndicatorUnit.COUNT, true,
            SourceKind.PURCHASE, dims(CITY, COUNTY, MONTH)),
    SUPPLY_LISTED_SUPPLIERS("supply.listed-suppliers", "SUPPLY_COOPERATIVE", IndicatorUnit.COUNT, false,
            SourceKind.MARKET_ENTITY, dims(CITY, COUNTY));

    private static final Map<String, Indicator> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Indicator::code, Function.identity()));

    private final String code;
    private final String department;
    private final IndicatorUnit unit;
    private final boolean periodic;
    private final SourceKind source;
    private final Set<Dimension> dimensions;
    private final Set<String> sharedWith;

    Indicator(String code, String department, IndicatorUnit unit, boolean periodic, SourceKind source,
              Set<Dimension> dimensions, String... sharedWith) {
        this.code = code;
        this.department = department;
        this.unit = unit;
        this.periodic = periodic;
        this.source = source;
        this.dimensions = dimensions;
        this.sharedWith = Set.of(sharedWith);
    }

    private static Set<Dimension> dims(Dimension first, Dimension... rest) {
        return java.util.Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    /** The indicator of a code such as {@code finance.completion-rate}. */
    public static Optional<Indicator> byCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** Stable code, used by dashboards, bulletin templates and the 指标说明 page. */
    public String code() {
        return code;
    }

    /** The owning department ({@code department.code}): its task force may query it. */
    public String department() {
        return department;
    }

    /** Other departments whose task force may query it too (e.g. agriculture the certified products). */
    public Set<String> sharedWith() {
        return sharedWith;
    }

    public IndicatorUnit unit() {
        return unit;
    }

    /** A flow over the period (true), or a stock that stands now and ignores the period (false). */
    public boolean periodic() {
        return periodic;
    }

    /** The table of the rows behind the figure ({@link IndicatorService#sourceRows}). */
    public SourceKind source() {
        return source;
    }

    /** What it can be broken down by and filtered on; other filter fields do not apply to it and are ignored. */
    public Set<Dimension> dimensions() {
        return dimensions;
    }

    public boolean hasDimension(Dimension dimension) {
        return dimensions.contains(dimension);
    }

    public String nameKey() {
        return "metrics.indicator." + code + ".name";
    }

    public String definitionKey() {
        return "metrics.indicator." + code + ".definition";
    }

    /** Whether a department's task force may query it: its owner or a department it is shared with. */
    public boolean visibleTo(String departmentCode) {
        return department.equals(departmentCode) || sharedWith.contains(departmentCode);
    }
}
