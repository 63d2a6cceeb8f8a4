package cn.gov.hlj.consumptionaid.sales;

import java.math.BigDecimal;

/** How many sales records a filter selects and their amount in yuan. */
public record SalesTotal(long records, BigDecimal amount) {
}
