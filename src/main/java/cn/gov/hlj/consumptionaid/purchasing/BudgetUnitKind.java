package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.shared.i18n.ChineseTerm;

/** What kind of budget unit (预算单位) a purchaser is. */
public enum BudgetUnitKind implements ChineseTerm {
    AGENCY("机关"), SCHOOL("学校"), HOSPITAL("医院"), OTHER_INSTITUTION("其他事业单位");

    private final String term;

    BudgetUnitKind(String term) {
        this.term = term;
    }

    @Override
    public String term() {
        return term;
    }

    /** The i18n key of the name shown in the UI. */
    public String labelKey() {
        return "purchasing.budget-unit-kind." + name();
    }
}
