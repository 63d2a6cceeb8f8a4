package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.shared.importing.ImportKind;

/** What an import batch of the purchasing module brought in. */
public enum ImportType implements ImportKind {
    PURCHASERS, RESERVED_SHARES, PURCHASES;

    @Override
    public String labelKey() {
        return "purchasing.import-type." + name();
    }
}
