package cn.gov.hlj.consumptionaid.purchasing;

/** What an import batch of the purchasing module brought in. */
public enum ImportType {
    PURCHASERS, RESERVED_SHARES, PURCHASES;

    public String labelKey() {
        return "purchasing.import-type." + name();
    }
}
