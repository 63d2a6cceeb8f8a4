package cn.gov.hlj.consumptionaid.purchasing;

import java.math.BigDecimal;

/** The sum line under a purchase list: orders and amount of what the filter selects, and the part that counts. */
public record PurchaseTotals(long orders, BigDecimal amount, BigDecimal countedAmount) {
}
