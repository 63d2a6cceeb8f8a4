package cn.gov.hlj.consumptionaid.sales;

import cn.gov.hlj.consumptionaid.shared.i18n.ChineseTerm;

/** Where an outlet stands: being set up, open, temporarily closed, or closed for good (with its closing date). */
public enum OutletStatus implements ChineseTerm {
    PLANNED("筹建中"),
    OPEN("运营中"),
    SUSPENDED("暂停营业"),
    CLOSED("已撤销");

    private final String term;

    OutletStatus(String term) {
        this.term = term;
    }

    @Override
    public String term() {
        return term;
    }

    public String labelKey() {
        return "sales.outlet-status." + name();
    }
}
