package cn.gov.hlj.consumptionaid.sales;

import cn.gov.hlj.consumptionaid.shared.i18n.ChineseTerm;

/** 消费扶贫专柜, 专区 and 专馆, each reported as its own offline channel. */
public enum OutletKind implements ChineseTerm {
    COUNTER("专柜", "CONSUMPTION_AID_COUNTER"),
    ZONE("专区", "CONSUMPTION_AID_ZONE"),
    HALL("专馆", "CONSUMPTION_AID_HALL");

    private final String term;
    private final String channelCode;

    OutletKind(String term, String channelCode) {
        this.term = term;
        this.channelCode = channelCode;
    }

    @Override
    public String term() {
        return term;
    }

    /** The sales channel (reference data) that this kind of outlet reports its sales under. */
    public String channelCode() {
        return channelCode;
    }

    public String labelKey() {
        return "sales.outlet-kind." + name();
    }
}
