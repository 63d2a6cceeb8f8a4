package cn.gov.hlj.consumptionaid.purchasing;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A budget unit's reserved share of one year, as lists and other modules see it.
 *
 * @param reservedRatio percent of the canteen food budget (10.00 means 10 %)
 * @param filedByCode         for a shared canteen, the unit that files the share for it
 * @param id                  the share's id, for review commands
 * @param version             the version the row was read at: a command on an older version is refused
 * @param supervisingUnitCode the unit's supervising unit (上级主管单位), which reviews the share, or {@code null}
 * @param reviewedBy          who approved or returned the share last
 */
public record ReservedShareRow(String purchaserCode, String purchaserName, String regionCode,
                               String supervisingDepartmentCode, int year, CanteenSituation canteen,
                               BigDecimal canteenBudget, BigDecimal reservedRatio, BigDecimal reservedAmount,
                               BigDecimal unionNeed, String filedByCode, String remarks, ReservedShareStatus status,
                               String returnReason, Long importBatchId, Integer sourceRow, Long id, long version,
                               String supervisingUnitCode, String reviewedBy, LocalDateTime reviewedAt) {

    /** The longest reason a supervising unit may give when it returns a share (the column's length). */
    public static final int MAX_RETURN_REASON = 500;
}
