package cn.gov.hlj.consumptionaid.metrics;

/**
 * What a figure can be cut by ({@link IndicatorService#breakdown}) and filtered on ({@link IndicatorFilter}). Region
 * dimensions use the region the indicator books a row to (its definition says which: the purchaser's region for
 * purchases, the booked region for sales, the product's or entity's county for the catalog). A purchaser registered
 * at province level counts under the province code {@code 230000} in a city breakdown ("省本级"), one registered at
 * city level under the city's own code in a county breakdown ("市本级").
 */
public enum Dimension {
    /** Prefecture-level unit (市/地区), 6-digit code ending in 00. */
    CITY,
    /** County-level unit, 6-digit code. */
    COUNTY,
    /** Product category ({@code product_category.code}). */
    CATEGORY,
    /** Sales channel ({@code sales_channel.code}): platform, counter/zone/hall, exhibition. */
    CHANNEL,
    /** The purchaser's supervising department (主管部门, {@code department.code}). */
    SUPERVISING_DEPARTMENT,
    /** School type of a school (UNIVERSITY, VOCATIONAL, PRIMARY_SECONDARY, KINDERGARTEN). */
    SCHOOL_TYPE,
    /** Purchaser type (BUDGET_UNIT, SOE, PRIVATE_ENTERPRISE, UNION, SOCIAL_ORGANIZATION). */
    PURCHASER_TYPE,
    /** One purchaser (budget unit, school, SOE, enterprise …): key is the purchaser's code. */
    PURCHASER,
    /** Calendar month: key {@code yyyy-MM}. */
    MONTH;

    /** The i18n key of the dimension's name. */
    public String labelKey() {
        return "metrics.dimension." + name();
    }
}
