package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.ArrayList;
import java.util.List;

/**
 * One department on the leadership overview: its headline figures with their change against the previous period, and
 * the way into its dashboard.
 */
final class DepartmentSummaryCard extends Div implements DashboardPanel {

    final String department;
    final List<KpiTile> tiles = new ArrayList<>();
    final Button open = new Button();
    private final DashboardContext context;
    private IndicatorFilter filter;

    DepartmentSummaryCard(DashboardContext context, String department, Class<? extends Component> dashboard,
                          List<Indicator> headline) {
        this.context = context;
        this.department = department;
        setId("summary-" + department.toLowerCase().replace('_', '-'));
        addClassNames("chart-card", "department-summary");
        var name = new H3(context.departmentName(department, getLocale()));
        name.addClassName("chart-card__title");
        var focus = new Span(getTranslation("dashboard.focus." + department));
        focus.addClassName("chart-card__subtitle");
        open.setId(getId().orElseThrow() + "-open");
        open.setText(getTranslation("dashboard.overview.open"));
        open.setIcon(VaadinIcon.ARROW_FORWARD.create());
        open.setIconAfterText(true);
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        open.addClickListener(e -> UI.getCurrent().navigate(dashboard));
        var heading = new Div(name, focus);
        heading.addClassName("chart-card__heading");
        var header = new Div(heading, open);
        header.addClassName("chart-card__header");
        var figures = new Div();
        figures.addClassName("department-summary__figures");
        for (var indicator : headline) {
            if (context.visible(indicator)) {
                var tile = new KpiTile(indicator, t -> SourceRowsDialog.open(context, t.indicator, filter, null));
                tile.addClassName("kpi-tile--compact");
                tiles.add(tile);
                figures.add(tile);
            }
        }
        add(header, figures);
    }

    @Override
    public void refresh(IndicatorFilter filter) {
        this.filter = filter;
        for (var tile : tiles) {
            tile.show(context.indicators().value(tile.indicator, filter));
        }
    }
}
