package cn.gov.hlj.consumptionaid.metrics;

import java.util.Objects;

/**
 * One figure of a batch ({@link IndicatorService#figures}): an indicator's total for the filter (no dimension), or
 * its breakdown by a dimension with at most {@code limit} members (0 for all).
 */
public record FigureRequest(Indicator indicator, Dimension dimension, int limit) {

    public FigureRequest {
        Objects.requireNonNull(indicator, "indicator");
        if (limit < 0) {
            throw new IllegalArgumentException("A limit is 0 (all) or more: " + limit);
        }
        if (dimension != null && !indicator.hasDimension(dimension)) {
            throw new IllegalArgumentException(indicator.code() + " cannot be broken down by " + dimension);
        }
    }

    /** The indicator's figure for the filter's period (what {@link IndicatorService#value} gives as its value). */
    public static FigureRequest total(Indicator indicator) {
        return new FigureRequest(indicator, null, 0);
    }

    /** The indicator broken down by a dimension, as {@link IndicatorService#breakdown} gives it. */
    public static FigureRequest breakdown(Indicator indicator, Dimension dimension, int limit) {
        return new FigureRequest(indicator, Objects.requireNonNull(dimension, "dimension"), limit);
    }

    public boolean isTotal() {
        return dimension == null;
    }
}
