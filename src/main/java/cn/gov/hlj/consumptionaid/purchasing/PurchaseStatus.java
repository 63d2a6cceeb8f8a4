package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.shared.i18n.ChineseTerm;

/**
 * The state of an order as the channel reports it. Only {@link #COMPLETED} — accepted by the purchaser and paid —
 * counts towards completion (the national rule: 验收并支付的订单计入完成额).
 */
public enum PurchaseStatus implements ChineseTerm {
    PLACED("已下单"), ACCEPTED("已验收"), COMPLETED("已完成"), CANCELLED("已取消"), REFUNDED("已退款");

    private final String term;

    PurchaseStatus(String term) {
        this.term = term;
    }

    @Override
    public String term() {
        return term;
    }

    /** Whether an order in this state counts towards a purchaser's completed amount. */
    public boolean counts() {
        return this == COMPLETED;
    }

    /** The i18n key of the name shown in the UI. */
    public String labelKey() {
        return "purchasing.purchase-status." + name();
    }
}
