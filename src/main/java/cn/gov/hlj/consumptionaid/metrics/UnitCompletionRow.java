package cn.gov.hlj.consumptionaid.metrics;

import java.math.BigDecimal;

/**
 * A budget unit's reserved share (预留份额) of a year against its counted purchases in a period.
 *
 * @param purchaserId               the unit's id
 * @param code                      the unit's code
 * @param name                      the unit's name
 * @param regionCode                its region
 * @param supervisingDepartmentCode its supervising department
 * @param reservedAmount            reserved amount of the year (yuan), zero when it reserved nothing
 * @param completedAmount           counted purchases in the period (yuan)
 * @param completionRate            completed / reserved × 100 (two decimals), null when it reserved nothing
 */
public record UnitCompletionRow(long purchaserId, String code, String name, String regionCode,
                                String supervisingDepartmentCode, BigDecimal reservedAmount,
                                BigDecimal completedAmount, BigDecimal completionRate) {
}
