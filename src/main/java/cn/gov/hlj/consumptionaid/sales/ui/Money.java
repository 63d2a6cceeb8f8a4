package cn.gov.hlj.consumptionaid.sales.ui;

import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.NumberRenderer;
import com.vaadin.flow.function.ValueProvider;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Amounts in the sales views: yuan with two places in grids, 万元 in totals as the bulletins show them. */
final class Money {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private Money() {
    }

    /** A column showing 2,662,050.00, right-aligned; the export keeps it a number. */
    static <T> Grid.Column<T> column(Grid<T> grid, GridExcelExport<T> export, ValueProvider<T, BigDecimal> value,
                                     Locale locale) {
        var renderer = new NumberRenderer<T>(value::apply, "%,.2f", locale);
        var column = grid.addColumn(renderer).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        export.register(column, value);
        return column;
    }

    /** Yuan as 万元 with two places: 1,234,567.00 → "123.46". */
    static String tenThousands(BigDecimal yuan) {
        return String.format("%,.2f", yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP));
    }
}
