package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import cn.gov.hlj.consumptionaid.metrics.IndicatorSourceRow;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import java.util.function.Consumer;

/**
 * A named list on a dashboard: the rows an indicator counts (its source rows, in the order the indicator gives them),
 * for the dashboard's filter and within the user's scope, lazily loaded and exportable to Excel — e.g. the 示范单位
 * candidates by purchase amount, or the outlets in Guangdong. The number above the list is the indicator's figure.
 */
final class SourceListCard extends Div implements DashboardPanel {

    final Indicator indicator;
    final Grid<IndicatorSourceRow> grid = new Grid<>();
    final GridExcelExport<IndicatorSourceRow> export = GridExcelExport.of(grid);
    final Span count = new Span();
    private final DashboardContext context;

    /**
     * @param id       the card's component id ({@code card-…}); the grid is {@code id + "-grid"}
     * @param titleKey the i18n key of the list's title
     * @param columns  adds the list's columns to the export (which adds them to the grid)
     */
    SourceListCard(DashboardContext context, Indicator indicator, String id, String titleKey,
                   Consumer<GridExcelExport<IndicatorSourceRow>> columns) {
        this.context = context;
        this.indicator = indicator;
        setId(id);
        addClassNames("chart-card", "chart-card--wide");
        var title = new H3(getTranslation(titleKey));
        title.addClassName("chart-card__title");
        count.setId(id + "-count");
        count.addClassName("chart-card__subtitle");

        grid.setId(id + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        columns.accept(export);
        grid.setEmptyStateText(getTranslation("dashboard.list.none"));
        grid.setHeight("360px");

        var heading = new Div(title, count);
        heading.addClassName("chart-card__heading");
        var download = export.downloadButton(getTranslation(titleKey));
        download.setId(id + "-export");
        var actions = new Div(download);
        actions.addClassName("chart-card__actions");
        var header = new Div(heading, actions);
        header.addClassName("chart-card__header");
        add(header, grid);
    }

    @Override
    public void refresh(IndicatorFilter filter) {
        var service = context.indicators();
        long total = service.countSourceRows(indicator, filter);
        count.setText(getTranslation("dashboard.list.count", total));
        grid.setItems(query -> service.sourceRows(indicator, filter,
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, service.countSourceRows(indicator, filter)));
    }
}
