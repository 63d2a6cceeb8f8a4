package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.shared.i18n.ChineseTerm;

/** The level of government a budget unit belongs to (级次). */
public enum AdministrativeLevel implements ChineseTerm {
    PROVINCE("省级"), CITY("市级"), COUNTY("县级");

    private final String term;

    AdministrativeLevel(String term) {
        this.term = term;
    }

    @Override
    public String term() {
        return term;
    }

    /** The i18n key of the name shown in the UI. */
    public String labelKey() {
        return "purchasing.administrative-level." + name();
    }
}
