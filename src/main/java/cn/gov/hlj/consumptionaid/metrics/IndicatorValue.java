package cn.gov.hlj.consumptionaid.metrics;

import cn.gov.hlj.consumptionaid.shared.time.Period;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure for a period with the figure of the previous period, for the change shown on a KPI card.
 *
 * @param indicator      the indicator
 * @param period         the period asked for
 * @param value          the figure, exact, in the indicator's unit (yuan for money); never null
 * @param previousPeriod {@link Period#previous()} of the period, or null for a stock indicator
 * @param previousValue  the figure of the previous period, or null for a stock indicator
 */
public record IndicatorValue(Indicator indicator, Period period, BigDecimal value, Period previousPeriod,
                             BigDecimal previousValue) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** The value minus the previous value, or null without a previous value. */
    public BigDecimal change() {
        return previousValue == null ? null : value.subtract(previousValue);
    }

    /**
     * The change in percent of the previous value (two decimals), or null without a previous value or when it was
     * zero. For a {@link IndicatorUnit#PERCENT} indicator use {@link #change()} (percentage points).
     */
    public BigDecimal changePercent() {
        if (previousValue == null || previousValue.signum() == 0) {
            return null;
        }
        return value.subtract(previousValue).multiply(HUNDRED).divide(previousValue.abs(), 2, RoundingMode.HALF_UP);
    }

    /** The value in the unit it is shown in: 万元 (two decimals) for money, itself otherwise. */
    public BigDecimal shownValue() {
        return shown(value, indicator.unit());
    }

    /** A value of an indicator in the unit it is shown in (万元 for yuan). */
    public static BigDecimal shown(BigDecimal value, IndicatorUnit unit) {
        if (value == null) {
            return null;
        }
        return unit == IndicatorUnit.YUAN ? value.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP) : value;
    }
}
