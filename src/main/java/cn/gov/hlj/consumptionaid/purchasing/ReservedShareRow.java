package cn.gov.hlj.consumptionaid.purchasing;

import java.math.BigDecimal;

/**
 * A budget unit's reserved share of one year, as lists and other modules see it.
 *
 * @param reservedRatio percent of the canteen food budget (10.00 means 10 %)
 * @param filedByCode   for a shared canteen, the unit that files the share for it
 */
public record ReservedShareRow(String purchaserCode, String purchaserName, String regionCode,
                               String supervisingDepartmentCode, int year, CanteenSituation canteen,
                               BigDecimal canteenBudget, BigDecimal reservedRatio, BigDecimal reservedAmount,
                               BigDecimal unionNeed, String filedByCode, String remarks, ReservedShareStatus status,
                               String returnReason, Long importBatchId, Integer sourceRow) {
}
