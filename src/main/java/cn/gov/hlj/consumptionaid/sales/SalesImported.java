package cn.gov.hlj.consumptionaid.sales;

/**
 * Sales were stored by a committed import: every row of table {@code sale} with this {@code import_batch_id} is new.
 * Published inside the import's transaction, so a synchronous listener (the rollups of {@code metrics}) commits or
 * rolls back with the rows.
 */
public record SalesImported(long batchId, int rows) {
}
