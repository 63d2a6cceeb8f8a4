package cn.gov.hlj.consumptionaid.sales.domain;

import java.math.BigDecimal;

/** Number and amount of the deals of one exhibition. */
public record DealTotals(long exhibitionId, long deals, BigDecimal amount) {
}
