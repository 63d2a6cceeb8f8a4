package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import com.vaadin.flow.component.html.Div;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A responsive row of key figures; each opens the rows behind it. */
final class KpiRow extends Div implements DashboardPanel {

    final List<KpiTile> tiles = new ArrayList<>();
    private final DashboardContext context;
    private IndicatorFilter filter;

    KpiRow(DashboardContext context, List<Indicator> indicators) {
        this.context = context;
        addClassName("dashboard-kpis");
        for (var indicator : indicators) {
            if (context.visible(indicator)) {
                var tile = new KpiTile(indicator, t -> SourceRowsDialog.open(context, t.indicator, filter, null));
                tiles.add(tile);
                add(tile);
            }
        }
    }

    @Override
    public void refresh(IndicatorFilter filter) {
        this.filter = filter;
        for (var tile : tiles) {
            tile.show(context.indicators().value(tile.indicator, filter));
        }
    }

    Optional<KpiTile> tile(Indicator indicator) {
        return tiles.stream().filter(t -> t.indicator == indicator).findFirst();
    }
}
