package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import cn.gov.hlj.consumptionaid.shared.ui.EChart;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/**
 * A card of a dashboard: a title, an ECharts chart and behind it the same figures as a table ("查看数据") that exports
 * to Excel; clicking a bar, slice, point or row lists the source rows behind that figure. When the period has no data
 * the card says so instead of drawing an empty chart. Subclasses say where the figures come from and how they are
 * drawn.
 */
abstract class ChartCard extends Div implements DashboardPanel {

    final DashboardContext context;
    final List<Indicator> series;
    final H3 title = new H3();
    final Span subtitle = new Span();
    final Button toggle = new Button();
    final Button details = new Button();
    Anchor download;
    private final Div actions;
    final EChart chart = new EChart();
    final Grid<ChartRow> table = new Grid<>();
    final GridExcelExport<ChartRow> export = GridExcelExport.of(table);
    final Grid.Column<ChartRow> memberColumn;
    final Div empty = new Div();

    IndicatorFilter filter;
    List<ChartRow> rows = List.of();
    private boolean showingTable;

    ChartCard(DashboardContext context, String id, String titleText, String memberHeader, List<Indicator> series) {
        this.context = context;
        this.series = List.copyOf(series);
        setId(id);
        addClassName("chart-card");
        title.addClassName("chart-card__title");
        subtitle.addClassName("chart-card__subtitle");
        subtitle.setText(series.size() == 1 ? getTranslation("dashboard.card.unit", Display.unit(this, series.getFirst()))
                : "");

        toggle.setId(id + "-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        toggle.addClickListener(e -> showTable(!showingTable));
        details.setId(id + "-details");
        details.setText(getTranslation("dashboard.details"));
        details.setIcon(VaadinIcon.LIST_UL.create());
        details.setTooltipText(getTranslation("dashboard.details.tooltip"));
        details.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        details.addClickListener(e -> openDetails(series.getFirst(), wholeFilter(), null));

        memberColumn = export.addColumn(ChartRow::name).setHeader(memberHeader).setFlexGrow(2);
        for (int i = 0; i < series.size(); i++) {
            int index = i;
            var indicator = series.get(i);
            export.addColumn(r -> r.value(index)).setHeader(Display.nameWithUnit(this, indicator))
                    .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        }
        table.addComponentColumn(this::detailsButton).setHeader("").setWidth("6em").setFlexGrow(0);
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.setId(id + "-table");
        table.setAllRowsVisible(false);
        table.setEmptyStateText(getTranslation("dashboard.empty"));

        chart.setId(id + "-chart");
        chart.addChartClickListener(e -> clicked(e.getSeriesName(), e.getName(), e.getDataIndex()));
        empty.addClassName("chart-card__empty");
        empty.add(VaadinIcon.CHART.create(), new Span(getTranslation("dashboard.empty")));

        var heading = new Div(title, subtitle);
        heading.addClassName("chart-card__heading");
        actions = new Div(toggle, details);
        actions.addClassName("chart-card__actions");
        setCardTitle(titleText);
        var header = new Div(heading, actions);
        header.addClassName("chart-card__header");
        add(header, chart, empty, table);
        setChartHeight("320px");
        showTable(false);
    }

    /** The card's title, which also names the exported file. */
    void setCardTitle(String text) {
        title.setText(text);
        if (download != null) {
            actions.remove(download);
        }
        download = export.downloadButton(text);
        download.setId(getId().orElseThrow() + "-export");
        download.addClassName("chart-card__export");
        actions.add(download);
    }

    /** The figures for the filter, one row per member, values as shown. */
    abstract List<ChartRow> load(IndicatorFilter filter);

    /** The ECharts option that draws the rows. */
    abstract ObjectNode option(List<ChartRow> rows);

    /** The filter of one row's figure, for its source rows; empty when a row cannot be listed on its own. */
    abstract Optional<IndicatorFilter> narrow(ChartRow row);

    /** The filter of the card's whole figure (the dashboard's filter, or the map's drill-down region). */
    IndicatorFilter wholeFilter() {
        return filter;
    }

    /** The height of the chart, its empty state and its table. */
    void setChartHeight(String height) {
        chart.setHeight(height);
        empty.setHeight(height);
        table.setHeight(height);
    }

    @Override
    public void refresh(IndicatorFilter filter) {
        this.filter = filter;
        this.rows = load(filter);
        table.setItems(rows);
        boolean nothing = rows.isEmpty() || rows.stream().allMatch(ChartRow::isZero);
        if (nothing) {
            chart.setOption((String) null);
        } else {
            chart.setOption(option(rows));
        }
        empty.getElement().setAttribute("data-empty", String.valueOf(nothing));
        showTable(showingTable);
    }

    /** Whether the period has nothing to draw ("本期暂无数据"). */
    boolean isEmpty() {
        return "true".equals(empty.getElement().getAttribute("data-empty"));
    }

    void showTable(boolean table) {
        showingTable = table;
        boolean nothing = isEmpty();
        this.table.setVisible(table);
        chart.setVisible(!table && !nothing);
        empty.setVisible(!table && nothing);
        toggle.setText(getTranslation(table ? "dashboard.show-chart" : "dashboard.show-data"));
        toggle.setIcon(table ? VaadinIcon.BAR_CHART.create() : VaadinIcon.TABLE.create());
    }

    boolean showingTable() {
        return showingTable;
    }

    /** A click on the chart: the row of that member, for the clicked series. */
    void clicked(String seriesName, String name, Integer dataIndex) {
        var row = dataIndex != null && dataIndex >= 0 && dataIndex < rows.size() ? rows.get(dataIndex)
                : rows.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
        if (row == null) {
            return;
        }
        var indicator = series.stream().filter(i -> Display.name(this, i).equals(seriesName)).findFirst()
                .orElse(series.getFirst());
        narrow(row).ifPresent(narrowed -> openDetails(indicator, narrowed, row.name()));
    }

    SourceRowsDialog openDetails(Indicator indicator, IndicatorFilter narrowed, String member) {
        return SourceRowsDialog.open(context, indicator, narrowed, member);
    }

    private com.vaadin.flow.component.Component detailsButton(ChartRow row) {
        var narrowed = narrow(row);
        if (narrowed.isEmpty()) {
            return new Span();
        }
        var button = new Button(getTranslation("dashboard.details"),
                e -> openDetails(series.getFirst(), narrowed.get(), row.name()));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        return button;
    }
}
