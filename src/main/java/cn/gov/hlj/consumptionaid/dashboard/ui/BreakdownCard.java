package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.metrics.BreakdownRow;
import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * One or more indicators broken down by a dimension: a ranking (horizontal bars, largest on top), columns, or a ring
 * of shares. With several indicators the members are those of the first, ranked by it, and the others' figures for the
 * same members stand beside them (e.g. reserved and completed amount by city).
 */
final class BreakdownCard extends ChartCard {

    enum Style { RANKING, COLUMNS, SHARE }

    final Dimension dimension;
    final Style style;
    final int limit;

    BreakdownCard(DashboardContext context, String title, Style style, Dimension dimension, int limit,
                  List<Indicator> series) {
        super(context, id(style, dimension, series), title, "", series);
        this.dimension = dimension;
        this.style = style;
        this.limit = limit;
        memberColumn.setHeader(getTranslation(dimension.labelKey()));
        if (style == Style.RANKING && limit > 10) {
            setChartHeight("440px");
        }
    }

    static String id(Style style, Dimension dimension, List<Indicator> series) {
        var first = series.getFirst().code().replace('.', '-');
        return "card-" + style.name().toLowerCase() + "-" + first + (series.size() > 1 ? "-and-more" : "") + "-by-"
                + dimension.name().toLowerCase().replace('_', '-');
    }

    @Override
    List<ChartRow> load(IndicatorFilter filter) {
        var service = context.indicators();
        var first = series.getFirst();
        var ranked = service.breakdown(first, dimension, filter, limit);
        var others = new ArrayList<java.util.Map<String, BigDecimal>>();
        for (var other : series.subList(1, series.size())) {
            var byKey = new HashMap<String, BigDecimal>();
            service.breakdown(other, dimension, filter, 0).forEach(r -> byKey.put(r.key(), r.value()));
            others.add(byKey);
        }
        var locale = getLocale();
        var rows = new ArrayList<ChartRow>();
        for (BreakdownRow row : ranked) {
            var values = new ArrayList<BigDecimal>();
            values.add(Display.shown(first, row.value()));
            for (int i = 0; i < others.size(); i++) {
                var indicator = series.get(i + 1);
                values.add(Display.shown(indicator, others.get(i).getOrDefault(row.key(), BigDecimal.ZERO)));
            }
            rows.add(new ChartRow(row.key(), row.name(locale), values));
        }
        return rows;
    }

    @Override
    ObjectNode option(List<ChartRow> rows) {
        var members = rows.stream().map(ChartRow::name).toList();
        var shown = new ArrayList<ChartOptions.Series>();
        for (int i = 0; i < series.size(); i++) {
            int index = i;
            shown.add(new ChartOptions.Series(Display.name(this, series.get(i)), Display.unit(this, series.get(i)),
                    rows.stream().map(r -> r.value(index)).toList()));
        }
        return switch (style) {
            case RANKING -> ChartOptions.bars(members, shown, true);
            case COLUMNS -> ChartOptions.bars(members, shown, false);
            case SHARE -> ChartOptions.ring(members, shown.getFirst());
        };
    }

    @Override
    Optional<IndicatorFilter> narrow(ChartRow row) {
        return Narrowing.to(filter, dimension, row.key(), context.scope);
    }
}
