package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.reference.RegionCodes;

/** Filters of the purchaser lists; {@code null} means "any". */
public record PurchaserFilter(String text, PurchaserType type, BudgetUnitKind budgetUnitKind, SchoolType schoolType,
                              String regionPrefix, Long importBatchId) {

    public static final PurchaserFilter ALL = new PurchaserFilter(null, null, null, null, null, null);

    public PurchaserFilter withText(String text) {
        return new PurchaserFilter(text, type, budgetUnitKind, schoolType, regionPrefix, importBatchId);
    }

    public PurchaserFilter withType(PurchaserType type) {
        return new PurchaserFilter(text, type, budgetUnitKind, schoolType, regionPrefix, importBatchId);
    }

    public PurchaserFilter withBudgetUnitKind(BudgetUnitKind kind) {
        return new PurchaserFilter(text, type, kind, schoolType, regionPrefix, importBatchId);
    }

    public PurchaserFilter withSchoolType(SchoolType schoolType) {
        return new PurchaserFilter(text, type, budgetUnitKind, schoolType, regionPrefix, importBatchId);
    }

    /** Only purchasers of this region and below (a 6-digit code or a code prefix). */
    public PurchaserFilter withRegion(String regionCode) {
        var prefix = regionCode == null ? null : RegionCodes.subtreePrefix(regionCode);
        return new PurchaserFilter(text, type, budgetUnitKind, schoolType, prefix, importBatchId);
    }

    public PurchaserFilter withImportBatch(Long importBatchId) {
        return new PurchaserFilter(text, type, budgetUnitKind, schoolType, regionPrefix, importBatchId);
    }
}
