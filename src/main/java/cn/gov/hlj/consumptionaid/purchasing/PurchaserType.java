package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.shared.i18n.ChineseTerm;

/** The kind of buyer (DESIGN.md §2): finance, education, SASAC and the federation are lenses on one purchaser model. */
public enum PurchaserType implements ChineseTerm {
    BUDGET_UNIT("预算单位"), SOE("国有企业"), PRIVATE_ENTERPRISE("民营企业"), UNION("工会"), SOCIAL_ORGANIZATION("社会组织");

    private final String term;

    PurchaserType(String term) {
        this.term = term;
    }

    @Override
    public String term() {
        return term;
    }

    /** The i18n key of the name shown in the UI. */
    public String labelKey() {
        return "purchasing.purchaser-type." + name();
    }
}
