package cn.gov.hlj.consumptionaid.sales;

/** What an import batch of the sales module brought in (column {@code sales_import_batch.import_type}). */
public enum SalesImportType {
    SALES;

    public String labelKey() {
        return "sales.import-type." + name();
    }
}
