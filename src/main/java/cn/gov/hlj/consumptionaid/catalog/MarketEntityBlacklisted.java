package cn.gov.hlj.consumptionaid.catalog;

import java.time.LocalDate;

/** A market entity was put on the 扶贫失信黑名单: it can no longer apply, and its products leave the catalog. */
public record MarketEntityBlacklisted(long entityId, String creditCode, String name, String countyCode, String reason,
                                      LocalDate on) {
}
