package cn.gov.hlj.consumptionaid.purchasing;

/**
 * Purchasers were stored by a committed import: every row of table {@code purchaser} with this
 * {@code import_batch_id} is new. Published inside the import's transaction, so a synchronous listener (the registry
 * rollups of {@code metrics}) commits or rolls back with the rows.
 */
public record PurchasersImported(long batchId, int rows) {
}
