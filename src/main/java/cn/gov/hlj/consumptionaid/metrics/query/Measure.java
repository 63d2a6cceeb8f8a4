package cn.gov.hlj.consumptionaid.metrics.query;

import cn.gov.hlj.consumptionaid.metrics.Indicator;

import java.util.Set;

/** What an indicator computes, from which rows: the one place each indicator's definition is turned into a query. */
sealed interface Measure {

    /** Which purchasers a purchase figure counts (the department lenses of purchasing's PurchaserSpecifications). */
    enum Lens {
        ALL(null),
        BUDGET_UNIT("{a}purchaser_type = 'BUDGET_UNIT'"),
        SCHOOL("{a}purchaser_type = 'BUDGET_UNIT' AND {a}budget_unit_kind = 'SCHOOL'"),
        SOE("{a}purchaser_type = 'SOE'"),
        PRIVATE_ENTERPRISE("{a}purchaser_type = 'PRIVATE_ENTERPRISE'");

        private final String predicate;

        Lens(String predicate) {
            this.predicate = predicate;
        }

        /** {@code AND …} on the purchaser columns of alias {@code a} (raw purchaser or a rollup), or nothing. */
        String and(String alias) {
            return predicate == null ? "" : " AND " + predicate.replace("{a}", alias + ".");
        }
    }

    /** Which counted purchases: all, 以购代捐 or 代销. */
    enum Flag {
        NONE, DONATION, CONSIGNMENT
    }

    Set<String> PLATFORMS = Set.of("PLATFORM_832", "XIAOKANG_LONGJIANG");

    /** Counted purchases: the amount, or the number of orders. */
    record Purchases(Lens lens, Flag flag, Set<String> channels, boolean orders) implements Measure {
    }

    /** Purchasers with at least one counted purchase in the period. */
    record Participants(Lens lens) implements Measure {
    }

    /** Purchasers registered now. */
    record Registered(Lens lens) implements Measure {
    }

    /** Participants over registered, in percent. */
    record ParticipationRate(Lens lens) implements Measure {
    }

    /** Reserved shares (submitted or approved) of budget units for the year the period ends in. */
    record Reserved() implements Measure {
    }

    /** Budget units' counted purchases in the period over their reserved shares of its year, in percent. */
    record CompletionRate() implements Measure {
    }

    /** Budget units without a reserved share above zero for the year. */
    record UnitsReservingNothing() implements Measure {
    }

    /** Budget units with a reserved share whose completion rate is below the threshold. */
    record UnitsBelowRate() implements Measure {
    }

    /** Suppliers with at least one counted purchase through these channels in the period. */
    record ActiveSuppliers(Set<String> channels) implements Measure {
    }

    /** Sales: by channel kind, channel set or buyer province; the amount, or the number of records. */
    record Sales(String channelKind, Set<String> channels, String buyerProvince, boolean records) implements Measure {
    }

    enum ProductSet {
        LISTED, NEWLY_CERTIFIED, EXPIRING, POOR_PEOPLE, WITHDRAWN, QUALITY_WITHDRAWN
    }

    /** Catalog products. */
    record Products(ProductSet set) implements Measure {
    }

    enum ComplaintSet {
        RECEIVED, OPEN, HANDLED
    }

    record Complaints(ComplaintSet set) implements Measure {
    }

    enum EntitySet {
        ALL, BLACKLISTED, LEADING
    }

    record Entities(EntitySet set) implements Measure {
    }

    /** Offline outlets (专柜/专区/专馆) open now; their channel is their kind's channel. */
    record Outlets() implements Measure {
    }

    /** Deals signed at exhibitions in the period. */
    record ExhibitionDeals() implements Measure {
    }

    /** Market entities of one legal form (MarketEntityType), registered now. */
    record EntitiesOfType(String entityType) implements Measure {
    }

    /** Market entities with at least one product listed in the catalog now (入驻供应商). */
    record ListedSuppliers() implements Measure {
    }

    /** Distinct catalog products with at least one sale through a channel of this kind in the period. */
    record ProductsSold(String channelKind) implements Measure {
    }

    /** Outlets open now whose address lies in Guangdong (the east–west cooperation's halls, zones and counters). */
    record GuangdongOutlets() implements Measure {
    }

    /**
     * Budget units with a counted reserved share above zero for the year whose counted purchases in the period reach
     * it (completion ≥ 100 %): the candidates for 消费扶贫示范单位.
     */
    record ModelUnitCandidates() implements Measure {
    }

    static Measure of(Indicator indicator) {
        return switch (indicator) {
            case FINANCE_BUDGET_UNITS -> new Registered(Lens.BUDGET_UNIT);
            case FINANCE_RESERVED_AMOUNT -> new Reserved();
            case FINANCE_COMPLETED_AMOUNT -> new Purchases(Lens.BUDGET_UNIT, Flag.NONE, Set.of(), false);
            case FINANCE_COMPLETION_RATE -> new CompletionRate();
            case FINANCE_UNITS_RESERVING_NOTHING -> new UnitsReservingNothing();
            case FINANCE_UNITS_BELOW_RATE -> new UnitsBelowRate();
            case EDUCATION_SCHOOLS -> new Registered(Lens.SCHOOL);
            case EDUCATION_PARTICIPATING_SCHOOLS -> new Participants(Lens.SCHOOL);
            case EDUCATION_PARTICIPATION_RATE -> new ParticipationRate(Lens.SCHOOL);
            case EDUCATION_PURCHASE_AMOUNT -> new Purchases(Lens.SCHOOL, Flag.NONE, Set.of(), false);
            case SASAC_SOES -> new Registered(Lens.SOE);
            case SASAC_PARTICIPATING_SOES -> new Participants(Lens.SOE);
            case SASAC_PARTICIPATION_RATE -> new ParticipationRate(Lens.SOE);
            case SASAC_PURCHASE_AMOUNT -> new Purchases(Lens.SOE, Flag.NONE, Set.of(), false);
            case SASAC_DONATION_AMOUNT -> new Purchases(Lens.SOE, Flag.DONATION, Set.of(), false);
            case SASAC_CONSIGNMENT_AMOUNT -> new Purchases(Lens.SOE, Flag.CONSIGNMENT, Set.of(), false);
            case FEDERATION_ENTERPRISES -> new Registered(Lens.PRIVATE_ENTERPRISE);
            case FEDERATION_PARTICIPATING_ENTERPRISES -> new Participants(Lens.PRIVATE_ENTERPRISE);
            case FEDERATION_PARTICIPATION_RATE -> new ParticipationRate(Lens.PRIVATE_ENTERPRISE);
            case FEDERATION_PURCHASE_AMOUNT -> new Purchases(Lens.PRIVATE_ENTERPRISE, Flag.NONE, Set.of(), false);
            case FEDERATION_CONSIGNMENT_AMOUNT ->
                    new Purchases(Lens.PRIVATE_ENTERPRISE, Flag.CONSIGNMENT, Set.of(), false);
            case POVERTY_CERTIFIED_PRODUCTS -> new Products(ProductSet.LISTED);
            case POVERTY_NEWLY_CERTIFIED -> new Products(ProductSet.NEWLY_CERTIFIED);
            case POVERTY_CATALOG_EXPIRING -> new Products(ProductSet.EXPIRING);
            case POVERTY_POOR_PEOPLE_DRIVEN -> new Products(ProductSet.POOR_PEOPLE);
            case POVERTY_COMPLAINTS_RECEIVED -> new Complaints(ComplaintSet.RECEIVED);
            case POVERTY_COMPLAINTS_OPEN -> new Complaints(ComplaintSet.OPEN);
            case POVERTY_COMPLAINTS_HANDLED -> new Complaints(ComplaintSet.HANDLED);
            case POVERTY_BLACKLISTED_ENTITIES -> new Entities(EntitySet.BLACKLISTED);
            case POVERTY_SALES_AMOUNT -> new Sales(null, Set.of(), null, false);
            case POVERTY_PURCHASE_AMOUNT -> new Purchases(Lens.ALL, Flag.NONE, Set.of(), false);
            case CYBERSPACE_ONLINE_SALES_AMOUNT -> new Sales("ONLINE", Set.of(), null, false);
            case CYBERSPACE_ONLINE_SALES_RECORDS -> new Sales("ONLINE", Set.of(), null, true);
            case AGRICULTURE_MARKET_ENTITIES -> new Entities(EntitySet.ALL);
            case AGRICULTURE_LEADING_ENTERPRISES -> new Entities(EntitySet.LEADING);
            case AGRICULTURE_WITHDRAWALS -> new Products(ProductSet.WITHDRAWN);
            case AGRICULTURE_QUALITY_WITHDRAWALS -> new Products(ProductSet.QUALITY_WITHDRAWN);
            case COMMERCE_OFFLINE_SALES_AMOUNT -> new Sales("OFFLINE", Set.of(), null, false);
            case COMMERCE_EXHIBITION_SALES_AMOUNT -> new Sales("EXHIBITION", Set.of(), null, false);
            case COMMERCE_OUTLETS_OPEN -> new Outlets();
            case COMMERCE_EXHIBITION_DEALS_AMOUNT -> new ExhibitionDeals();
            case REFORM_GUANGDONG_SALES_AMOUNT -> new Sales(null, Set.of(), "440000", false);
            case REFORM_GD_HALL_SALES_AMOUNT -> new Sales(null, Set.of("GD_EW_MARKET_HLJ_HALL"), null, false);
            case SUPPLY_PLATFORM_TURNOVER -> new Purchases(Lens.ALL, Flag.NONE, PLATFORMS, false);
            case SUPPLY_PLATFORM_ORDERS -> new Purchases(Lens.ALL, Flag.NONE, PLATFORMS, true);
            case SUPPLY_PLATFORM_SALES_AMOUNT -> new Sales(null, PLATFORMS, null, false);
            case SUPPLY_ACTIVE_SUPPLIERS -> new ActiveSuppliers(PLATFORMS);
            case SUPPLY_LISTED_SUPPLIERS -> new ListedSuppliers();
            case CYBERSPACE_PRODUCTS_ONLINE -> new ProductsSold("ONLINE");
            case REFORM_PLATFORMS_BUILT -> new GuangdongOutlets();
            case POVERTY_MODEL_UNIT_CANDIDATES -> new ModelUnitCandidates();
            case AGRICULTURE_COOPERATIVES -> new EntitiesOfType("FARMERS_COOPERATIVE");
        };
    }
}
