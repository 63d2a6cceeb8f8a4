package cn.gov.hlj.consumptionaid.dashboard.ui;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a chart's data table, as shown: a member (a city, a month, a channel …) and one value per series, in the
 * unit each series is shown in (万元 for money).
 *
 * @param key    the member's key: a region, category, channel or department code, a type name, {@code yyyy-MM}
 * @param name   the member's name in the user's language
 * @param values one shown value per series of the chart
 */
record ChartRow(String key, String name, List<BigDecimal> values) {

    ChartRow {
        values = List.copyOf(values);
    }

    BigDecimal value(int series) {
        return values.get(series);
    }

    boolean isZero() {
        return values.stream().allMatch(v -> v == null || v.signum() == 0);
    }
}
