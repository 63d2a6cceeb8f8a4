package cn.gov.hlj.consumptionaid.purchasing;

/**
 * Purchases were stored by a committed import: every row of table {@code purchase} with this {@code import_batch_id}
 * is new. Published inside the import's transaction, so a synchronous listener (the rollups of {@code metrics})
 * commits or rolls back with the rows.
 */
public record PurchasesImported(long batchId, int rows) {
}
