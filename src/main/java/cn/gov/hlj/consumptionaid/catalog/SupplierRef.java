package cn.gov.hlj.consumptionaid.catalog;

import java.time.LocalDate;

/**
 * A market entity as other modules refer to it when they record trade with it (an 832 order, a sale).
 *
 * @param blacklistedOn the day it was put on the 扶贫失信黑名单, or {@code null} when it is not on it
 */
public record SupplierRef(long id, String creditCode, String name, String countyCode, LocalDate blacklistedOn) {

    /** Whether trade with it on that day took place while it was on the blacklist. */
    public boolean blacklistedOn(LocalDate day) {
        return blacklistedOn != null && !day.isBefore(blacklistedOn);
    }
}
