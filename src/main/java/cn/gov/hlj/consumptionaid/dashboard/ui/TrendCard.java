package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One or more flow indicators month by month over the period, up to the current month (a second unit on a second
 * axis).
 */
final class TrendCard extends ChartCard {

    TrendCard(DashboardContext context, String title, List<Indicator> series) {
        super(context, "card-trend-" + series.getFirst().code().replace('.', '-') + (series.size() > 1 ? "-and-more" : ""),
                title, "", series);
        memberColumn.setHeader(getTranslation(Dimension.MONTH.labelKey()));
    }

    @Override
    List<ChartRow> load(IndicatorFilter filter) {
        var service = context.indicators();
        var byMonth = new ArrayList<Map<YearMonth, BigDecimal>>();
        for (var indicator : series) {
            var points = new HashMap<YearMonth, BigDecimal>();
            service.trend(indicator, filter).forEach(p -> points.put(p.month(), Display.shown(indicator, p.value())));
            byMonth.add(points);
        }
        // Months still to come have no data yet: drawing them as zero would look like a collapse.
        var thisMonth = YearMonth.from(context.today);
        var months = filter.period().months().stream().filter(m -> !m.isAfter(thisMonth)).toList();
        if (months.isEmpty()) {
            return List.of();
        }
        boolean oneYear = months.getFirst().getYear() == months.getLast().getYear();
        var rows = new ArrayList<ChartRow>();
        for (var month : months) {
            var values = byMonth.stream().map(m -> m.getOrDefault(month, BigDecimal.ZERO)).toList();
            var name = oneYear ? getTranslation("dashboard.filter.month-item", month.getMonthValue())
                    : month.toString();
            rows.add(new ChartRow(month.toString(), name, values));
        }
        return rows;
    }

    @Override
    ObjectNode option(List<ChartRow> rows) {
        var shown = new ArrayList<ChartOptions.Series>();
        for (int i = 0; i < series.size(); i++) {
            int index = i;
            shown.add(new ChartOptions.Series(Display.name(this, series.get(i)), Display.unit(this, series.get(i)),
                    rows.stream().map(r -> r.value(index)).toList()));
        }
        return ChartOptions.lines(rows.stream().map(ChartRow::name).toList(), shown);
    }

    @Override
    Optional<IndicatorFilter> narrow(ChartRow row) {
        return Narrowing.month(filter.period(), row.key()).map(filter::withPeriod);
    }
}
