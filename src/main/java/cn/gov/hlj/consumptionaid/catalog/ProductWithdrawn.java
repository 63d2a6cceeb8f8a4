package cn.gov.hlj.consumptionaid.catalog;

import java.time.LocalDate;

/** A product left the 黑龙江省扶贫产品目录 (approved by the province, or because its producer was blacklisted). */
public record ProductWithdrawn(long applicationId, String catalogNumber, String productName, String countyCode,
                               WithdrawalReason reason, LocalDate withdrawnOn) {
}
