package cn.gov.hlj.consumptionaid.sales;

/**
 * What a commit did: the batch it recorded (or the earlier batch of the same file, when {@code alreadyImported}),
 * rows created, and rows skipped because their records were already stored.
 */
public record SalesImportResult(SalesImportBatchRow batch, int created, int skipped, boolean alreadyImported) {
}
