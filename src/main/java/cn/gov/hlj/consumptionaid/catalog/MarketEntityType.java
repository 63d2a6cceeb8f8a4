package cn.gov.hlj.consumptionaid.catalog;

/** The legal form of a market entity (市场主体). */
public enum MarketEntityType {
    /** 企业 */
    ENTERPRISE,
    /** 农民专业合作社 */
    FARMERS_COOPERATIVE;

    public String labelKey() {
        return "catalog.entity.type." + name();
    }
}
