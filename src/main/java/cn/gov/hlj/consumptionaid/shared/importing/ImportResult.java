package cn.gov.hlj.consumptionaid.shared.importing;

/**
 * What a commit did: the batch it recorded (or the earlier batch of the same file, when {@code alreadyImported}),
 * rows created, and rows skipped because their records were already stored.
 */
public record ImportResult(ImportBatchRow batch, int created, int skipped, boolean alreadyImported) {
}
