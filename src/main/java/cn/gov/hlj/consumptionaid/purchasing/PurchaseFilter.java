package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.reference.RegionCodes;

import java.time.LocalDate;

/**
 * Filters of the purchase lists; {@code null} means "any". {@code regionPrefix} is the purchaser's region;
 * {@code countedOnly} keeps the orders that count towards completion.
 */
public record PurchaseFilter(String text, LocalDate from, LocalDate to, String channelCode, PurchaserType purchaserType,
                             BudgetUnitKind budgetUnitKind, String regionPrefix, boolean countedOnly,
                             Boolean donation, Long importBatchId) {

    public static final PurchaseFilter ALL = new PurchaseFilter(null, null, null, null, null, null, null, false, null,
            null);

    public PurchaseFilter withText(String text) {
        return new PurchaseFilter(text, from, to, channelCode, purchaserType, budgetUnitKind, regionPrefix,
                countedOnly, donation, importBatchId);
    }

    public PurchaseFilter withPeriod(LocalDate from, LocalDate to) {
        return new PurchaseFilter(text, from, to, channelCode, purchaserType, budgetUnitKind, regionPrefix,
                countedOnly, donation, importBatchId);
    }

    public PurchaseFilter withChannel(String channelCode) {
        return new PurchaseFilter(text, from, to, channelCode, purchaserType, budgetUnitKind, regionPrefix,
                countedOnly, donation, importBatchId);
    }

    public PurchaseFilter withPurchaserType(PurchaserType purchaserType) {
        return new PurchaseFilter(text, from, to, channelCode, purchaserType, budgetUnitKind, regionPrefix,
                countedOnly, donation, importBatchId);
    }

    public PurchaseFilter withBudgetUnitKind(BudgetUnitKind budgetUnitKind) {
        return new PurchaseFilter(text, from, to, channelCode, purchaserType, budgetUnitKind, regionPrefix,
                countedOnly, donation, importBatchId);
    }

    /** Only purchases of purchasers in this region and below. */
    public PurchaseFilter withRegion(String regionCode) {
        var prefix = regionCode == null ? null : RegionCodes.subtreePrefix(regionCode);
        return new PurchaseFilter(text, from, to, channelCode, purchaserType, budgetUnitKind, prefix, countedOnly,
                donation, importBatchId);
    }

    public PurchaseFilter withCountedOnly(boolean countedOnly) {
        return new PurchaseFilter(text, from, to, channelCode, purchaserType, budgetUnitKind, regionPrefix,
                countedOnly, donation, importBatchId);
    }

    /** {@code true}: only 以购代捐; {@code false}: only ordinary purchases; {@code null}: both. */
    public PurchaseFilter withDonation(Boolean donation) {
        return new PurchaseFilter(text, from, to, channelCode, purchaserType, budgetUnitKind, regionPrefix,
                countedOnly, donation, importBatchId);
    }

    public PurchaseFilter withImportBatch(Long importBatchId) {
        return new PurchaseFilter(text, from, to, channelCode, purchaserType, budgetUnitKind, regionPrefix,
                countedOnly, donation, importBatchId);
    }
}
