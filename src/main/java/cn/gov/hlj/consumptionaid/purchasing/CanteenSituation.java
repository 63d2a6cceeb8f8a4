package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.shared.i18n.ChineseTerm;

/** Whether a unit runs a canteen (食堂情况): its own, none, shared with another unit, or outsourced. */
public enum CanteenSituation implements ChineseTerm {
    OWN("有"), NONE("无"), SHARED("共用"), OUTSOURCED("外包");

    private final String term;

    CanteenSituation(String term) {
        this.term = term;
    }

    @Override
    public String term() {
        return term;
    }

    /** The i18n key of the name shown in the UI. */
    public String labelKey() {
        return "purchasing.canteen-situation." + name();
    }
}
