package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import cn.gov.hlj.consumptionaid.metrics.IndicatorSourceRow;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import java.util.ArrayList;

/**
 * "The rows behind this number" (数据可核查、可追溯): the stored purchases, sales, units, shares, products, complaints or
 * entities an indicator counted for a filter, within the user's scope, lazily loaded, with the import batch and row
 * number each came from, and exportable to Excel.
 */
final class SourceRowsDialog extends Dialog {

    final Grid<IndicatorSourceRow> grid = new Grid<>();
    final GridExcelExport<IndicatorSourceRow> export = GridExcelExport.of(grid);
    final Span count = new Span();
    final Indicator indicator;
    final IndicatorFilter filter;

    /**
     * @param member the breakdown member the filter was narrowed to (a category, a channel, a month …) as shown, or
     *               null when the rows are those of the whole figure or of a region
     */
    SourceRowsDialog(DashboardContext context, Indicator indicator, IndicatorFilter filter, String member) {
        this.indicator = indicator;
        this.filter = filter;
        var locale = getLocale();
        var name = Display.name(this, indicator);
        setHeaderTitle(getTranslation("dashboard.source.title", name));
        setWidth("min(1200px, 96vw)");
        setHeight("min(760px, 92vh)");
        setResizable(true);
        setDraggable(true);
        addClassName("source-rows-dialog");

        var scope = new Span(describe(context, filter, member));
        scope.addClassName("source-rows-dialog__scope");
        var service = context.indicators();
        long total = service.countSourceRows(indicator, filter);
        count.setId("source-rows-count");
        count.setText(getTranslation("dashboard.source.count", total));
        count.addClassName("source-rows-dialog__count");

        grid.setId("source-rows-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        export.addColumn(r -> getTranslation(r.source().labelKey()))
                .setHeader(getTranslation("dashboard.source.column.source")).setWidth("7em").setFlexGrow(0);
        export.addColumn(IndicatorSourceRow::reference).setHeader(getTranslation("dashboard.source.column.reference"))
                .setWidth("12em").setFlexGrow(0);
        export.addColumn(IndicatorSourceRow::date).setHeader(getTranslation("dashboard.source.column.date"))
                .setWidth("8em").setFlexGrow(0);
        export.addColumn(IndicatorSourceRow::subject).setHeader(getTranslation("dashboard.source.column.subject"))
                .setFlexGrow(2);
        export.addColumn(IndicatorSourceRow::item).setHeader(getTranslation("dashboard.source.column.item"))
                .setFlexGrow(1);
        export.addColumn(r -> context.regionName(r.regionCode(), locale))
                .setHeader(getTranslation("dashboard.source.column.region")).setWidth("8em").setFlexGrow(0);
        export.addColumn(r -> context.categoryName(r.categoryCode(), locale))
                .setHeader(getTranslation("dashboard.source.column.category")).setWidth("6em").setFlexGrow(0);
        export.addColumn(r -> context.channelName(r.channelCode(), locale))
                .setHeader(getTranslation("dashboard.source.column.channel")).setWidth("9em").setFlexGrow(0);
        export.addColumn(IndicatorSourceRow::amount).setHeader(getTranslation("dashboard.source.column.amount"))
                .setWidth("9em").setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        export.addColumn(IndicatorSourceRow::importBatchId)
                .setHeader(getTranslation("dashboard.source.column.batch")).setWidth("6em").setFlexGrow(0);
        export.addColumn(IndicatorSourceRow::sourceRow)
                .setHeader(getTranslation("dashboard.source.column.row")).setWidth("6em").setFlexGrow(0);
        grid.setItems(query -> service.sourceRows(indicator, filter,
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, service.countSourceRows(indicator, filter)));
        grid.setEmptyStateText(getTranslation("dashboard.empty"));
        grid.setSizeFull();

        var info = new Div(scope, count);
        info.addClassName("source-rows-dialog__info");
        var body = new Div(info, grid);
        body.addClassName("source-rows-dialog__body");
        add(body);

        var close = new Button(getTranslation("dashboard.close"), e -> close());
        close.setId("source-rows-close");
        getFooter().add(export.downloadButton(getTranslation("dashboard.source.export-name", name)), close);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                removeFromParent();
            }
        });
    }

    static SourceRowsDialog open(DashboardContext context, Indicator indicator, IndicatorFilter filter,
                                 String member) {
        var dialog = new SourceRowsDialog(context, indicator, filter, member);
        dialog.open();
        return dialog;
    }

    /** "2026年（截至2026-11-28） · 哈尔滨市 · 大米" — what the rows are filtered on. */
    private String describe(DashboardContext context, IndicatorFilter filter, String member) {
        var locale = getLocale();
        var parts = new ArrayList<String>();
        var period = filter.period();
        parts.add(indicator.periodic() ? getTranslation(period.labelKey(), period.labelArguments())
                : getTranslation("dashboard.kpi.stock"));
        parts.add(context.regionName(filter.regionCode() == null ? context.scope.regionCode() : filter.regionCode(),
                locale));
        if (member != null && !member.isBlank()) {
            parts.add(member);
        }
        return String.join(" · ", parts);
    }
}
