package cn.gov.hlj.consumptionaid.bulletin.render;

import cn.gov.hlj.consumptionaid.metrics.IndicatorUnit;
import cn.gov.hlj.consumptionaid.metrics.IndicatorValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a bulletin prints a figure: money in 万元 with two decimals ({@link IndicatorValue#shown}), rates with two
 * decimals, counts as whole numbers with thousands separators; a missing rate (nothing reserved) as "—".
 */
public final class BulletinNumbers {

    public static final String NONE = "—";

    private BulletinNumbers() {
    }

    public static String format(BigDecimal value, IndicatorUnit unit) {
        if (value == null) {
            return NONE;
        }
        return switch (unit) {
            case YUAN -> pattern("#,##0.00").format(IndicatorValue.shown(value, unit));
            case WAN_YUAN -> pattern("#,##0.00").format(value.setScale(2, RoundingMode.HALF_UP));
            case PERCENT -> pattern("0.00").format(value.setScale(2, RoundingMode.HALF_UP));
            default -> pattern("#,##0").format(value.setScale(0, RoundingMode.HALF_UP));
        };
    }

    private static DecimalFormat pattern(String pattern) {
        var format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
