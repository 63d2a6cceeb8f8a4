package cn.gov.hlj.consumptionaid.metrics;

/** The table a source row behind a figure comes from. */
public enum SourceKind {
    PURCHASE, SALE, PURCHASER, RESERVED_SHARE, PRODUCT, COMPLAINT, MARKET_ENTITY, OUTLET, EXHIBITION_DEAL;

    /** The i18n key of the kind's name. */
    public String labelKey() {
        return "metrics.source." + name();
    }
}
