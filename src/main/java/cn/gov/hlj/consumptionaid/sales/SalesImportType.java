package cn.gov.hlj.consumptionaid.sales;

import cn.gov.hlj.consumptionaid.shared.importing.ImportKind;

/** What an import batch of the sales module brought in (column {@code sales_import_batch.import_type}). */
public enum SalesImportType implements ImportKind {
    SALES;

    @Override
    public String labelKey() {
        return "sales.import-type." + name();
    }
}
