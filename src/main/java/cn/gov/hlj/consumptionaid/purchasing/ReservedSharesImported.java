package cn.gov.hlj.consumptionaid.purchasing;

/**
 * Reserved shares were stored by a committed import: every row of table {@code reserved_share} with this
 * {@code import_batch_id} is new (submitted). Published inside the import's transaction, like
 * {@link PurchasersImported}.
 */
public record ReservedSharesImported(long batchId, int rows) {
}
