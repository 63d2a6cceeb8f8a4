package cn.gov.hlj.consumptionaid.reference;

/** The three tiers of administrative divisions the portal knows: 省, 地级 (市/地区), 县级 (区/县级市/县/自治县). */
public enum RegionLevel {
    PROVINCE, PREFECTURE, COUNTY;

    /** The i18n key of the level's display name. */
    public String labelKey() {
        return "reference.level." + name();
    }
}
