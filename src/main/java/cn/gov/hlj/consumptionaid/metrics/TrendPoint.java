package cn.gov.hlj.consumptionaid.metrics;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The figure of one month of a trend; months without rows have zero. */
public record TrendPoint(YearMonth month, BigDecimal value) {
}
