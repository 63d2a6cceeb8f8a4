package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import cn.gov.hlj.consumptionaid.metrics.IndicatorUnit;
import cn.gov.hlj.consumptionaid.metrics.IndicatorValue;
import cn.gov.hlj.consumptionaid.metrics.UnitCompletionRow;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import java.math.BigDecimal;

/**
 * Finance: the budget units whose reserved share is completed below a chosen rate, lowest first — the list the task
 * force calls. The rate field also sets the threshold of the "units below the rate" figure, so both agree.
 */
final class UnitsBelowRateCard extends Div implements DashboardPanel {

    static final BigDecimal MAX_THRESHOLD = BigDecimal.valueOf(1000);

    final BigDecimalField threshold = new BigDecimalField();
    final Grid<UnitCompletionRow> grid = new Grid<>();
    final GridExcelExport<UnitCompletionRow> export = GridExcelExport.of(grid);
    final Span count = new Span();
    private final DashboardContext context;
    private IndicatorFilter filter;

    UnitsBelowRateCard(DashboardContext context, Runnable thresholdChanged) {
        this.context = context;
        setId("card-units-below-rate");
        addClassNames("chart-card", "chart-card--wide");
        var locale = getLocale();
        var title = new H3(getTranslation("dashboard.finance.below.title"));
        title.addClassName("chart-card__title");

        threshold.setId("finance-threshold");
        threshold.setLabel(getTranslation("dashboard.finance.below.threshold"));
        threshold.setValue(IndicatorFilter.DEFAULT_THRESHOLD);
        threshold.setSuffixComponent(new Span("%"));
        threshold.setWidth("9em");
        threshold.addValueChangeListener(e -> {
            var value = e.getValue();
            boolean valid = value != null && value.signum() >= 0 && value.compareTo(MAX_THRESHOLD) <= 0;
            threshold.setInvalid(!valid);
            threshold.setErrorMessage(valid ? null : getTranslation("dashboard.finance.below.threshold.invalid"));
            if (valid) {
                thresholdChanged.run();
            }
        });
        count.setId("finance-below-count");
        count.addClassName("chart-card__subtitle");

        grid.setId("finance-below-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        export.addColumn(UnitCompletionRow::code).setHeader(getTranslation("dashboard.finance.below.code"))
                .setWidth("10em").setFlexGrow(0);
        export.addColumn(UnitCompletionRow::name).setHeader(getTranslation("dashboard.finance.below.name"))
                .setFlexGrow(3);
        export.addColumn(r -> context.regionName(r.regionCode(), locale))
                .setHeader(getTranslation("dashboard.finance.below.region")).setFlexGrow(1);
        export.addColumn(r -> context.departmentName(r.supervisingDepartmentCode(), locale))
                .setHeader(getTranslation("dashboard.finance.below.department")).setFlexGrow(1);
        export.addColumn(r -> IndicatorValue.shown(r.reservedAmount(), IndicatorUnit.YUAN))
                .setHeader(getTranslation("dashboard.finance.below.reserved")).setTextAlign(ColumnTextAlign.END);
        export.addColumn(r -> IndicatorValue.shown(r.completedAmount(), IndicatorUnit.YUAN))
                .setHeader(getTranslation("dashboard.finance.below.completed")).setTextAlign(ColumnTextAlign.END);
        export.addColumn(UnitCompletionRow::completionRate)
                .setHeader(getTranslation("dashboard.finance.below.rate")).setTextAlign(ColumnTextAlign.END);
        grid.setEmptyStateText(getTranslation("dashboard.finance.below.none"));
        grid.setHeight("420px");

        var heading = new Div(title, count);
        heading.addClassName("chart-card__heading");
        var download = export.downloadButton(getTranslation("dashboard.finance.below.title"));
        download.setId("finance-below-export");
        var actions = new Div(threshold, download);
        actions.addClassNames("chart-card__actions", "chart-card__actions--fields");
        var header = new Div(heading, actions);
        header.addClassName("chart-card__header");
        add(header, grid);
    }

    /** The filter with the chosen threshold (the default while the field is invalid). */
    IndicatorFilter withThreshold(IndicatorFilter filter) {
        var value = threshold.getValue();
        boolean valid = value != null && value.signum() >= 0 && value.compareTo(MAX_THRESHOLD) <= 0;
        return filter.withThreshold(valid ? value : IndicatorFilter.DEFAULT_THRESHOLD);
    }

    @Override
    public void refresh(IndicatorFilter filter) {
        this.filter = filter;
        var service = context.indicators();
        long total = service.countUnitCompletions(filter, true);
        count.setText(getTranslation("dashboard.finance.below.count", total,
                Display.format(Indicator.FINANCE_COMPLETION_RATE, filter.effectiveThreshold(), getLocale())));
        var shown = this.filter;
        grid.setItems(query -> service.unitCompletions(shown, true,
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, service.countUnitCompletions(shown, true)));
    }
}
