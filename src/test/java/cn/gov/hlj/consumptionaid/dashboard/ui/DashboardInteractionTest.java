package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import cn.gov.hlj.consumptionaid.metrics.SourceKind;
import cn.gov.hlj.consumptionaid.shared.time.Period;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Working with a dashboard (the finance one, the others are built from the same kit): the map drills down to a
 * prefecture's counties and back, the period filter changes the figures, every figure opens the rows behind it, every
 * chart shows its data as a table that exports to Excel, an empty period says so, and the completion-rate threshold
 * lists the units below it.
 */
class DashboardInteractionTest extends DashboardTestBase {

    private FinanceDashboardView finance() {
        return open("finance", FinanceDashboardView.class);
    }

    private static <T> T card(DashboardView view, Class<T> type, String id) {
        return view.panels.stream().filter(type::isInstance).map(type::cast)
                .filter(c -> id.equals(((com.vaadin.flow.component.Component) c).getId().orElse(null)))
                .findFirst().orElseThrow(() -> new AssertionError("no card " + id));
    }

    @Test
    void clicking_a_prefecture_on_the_map_drills_down_to_its_counties_and_back_up() {
        var view = finance();
        var map = view.map;
        var filter = view.filter();
        var indicator = Indicator.FINANCE_COMPLETION_RATE;
        assertThat(map.prefecture()).isNull();
        assertThat(map.path.getText()).isEqualTo("全省");
        assertThat(map.up.isVisible()).isFalse();
        assertThat(map.rows).extracting(ChartRow::key).containsExactlyElementsOf(
                indicators.breakdown(indicator, Dimension.CITY, filter, 0).stream().map(r -> r.key()).toList());
        assertThat(map.chart.getOption()).contains("\"name\":\"哈尔滨市\"", "\"visualMap\"");

        DashboardAccessTest.click(map.chart, map.title.getText(), "哈尔滨市");

        assertThat(map.prefecture()).isEqualTo("230100");
        assertThat(map.path.getText()).isEqualTo("全省 › 哈尔滨市");
        assertThat(map.up.isVisible()).isTrue();
        var counties = indicators.breakdown(indicator, Dimension.COUNTY, filter.withRegion("230100"), 0);
        assertThat(counties).isNotEmpty();
        assertThat(map.rows).extracting(ChartRow::key).containsExactlyElementsOf(
                counties.stream().map(r -> r.key()).toList()).allMatch(k -> k.startsWith("2301"));
        assertThat(map.memberColumn.getHeaderText()).isEqualTo("县（市、区）");
        assertThat(map.chart.getOption()).contains("\"type\":\"bar\"", "\"selected\":true");

        // A county's bar lists the rows behind its figure.
        int index = 0;
        while (map.rows.get(index).key().endsWith("00")) {
            index++;
        }
        var county = map.rows.get(index);
        map.clicked("预留份额完成率", county.name(), index);
        var dialog = LocatorJ._get(SourceRowsDialog.class);
        assertThat(dialog.filter.regionCode()).isEqualTo(county.key());
        dialog.close();

        _click(map.up);
        assertThat(map.prefecture()).isNull();
        assertThat(map.rows).extracting(ChartRow::key).containsExactlyElementsOf(
                indicators.breakdown(indicator, Dimension.CITY, filter, 0).stream().map(r -> r.key()).toList());
    }

    @Test
    void choosing_a_month_changes_the_figures_to_those_of_that_month() {
        var view = finance();
        var tile = view.kpis.tile(Indicator.FINANCE_COMPLETED_AMOUNT).orElseThrow();
        var yearValue = tile.value().value();

        var month = YearMonth.now(clock).minusMonths(1);
        view.filters.kind.setValue(Period.Kind.MONTH);
        view.filters.year.setValue(month.getYear());
        view.filters.month.setValue(month.getMonthValue());

        var filter = view.filter();
        assertThat(filter.period()).isEqualTo(Period.month(month));
        var expected = indicators.value(Indicator.FINANCE_COMPLETED_AMOUNT, filter);
        assertThat(tile.value()).isEqualTo(expected);
        assertThat(expected.value()).isPositive().isNotEqualByComparingTo(yearValue);
        assertThat(expected.previousPeriod()).isEqualTo(Period.month(month.minusMonths(1)));
        assertThat(tile.card.getValueText()).isEqualTo(shown(expected.value(), true, 2));
        assertThat(view.caption.getText()).contains(month.getYear() + "年" + month.getMonthValue() + "月");
        var trend = card(view, TrendCard.class, "card-trend-finance-completed-amount");
        assertThat(trend.rows).hasSize(1);
    }

    @Test
    void this_years_trend_ends_with_this_month_instead_of_dropping_to_zero() {
        var view = finance();
        var trend = card(view, TrendCard.class, "card-trend-finance-completed-amount");
        var today = LocalDate.now(clock);
        assertThat(view.filter().period()).isEqualTo(Period.year(today.getYear()));
        assertThat(trend.rows).hasSize(today.getMonthValue());
        assertThat(trend.rows.getLast().key()).isEqualTo(YearMonth.from(today).toString());
        assertThat(trend.rows.getFirst().name()).isEqualTo("1月");
    }

    @Test
    void a_custom_range_applies_and_a_reversed_one_is_refused_without_changing_the_figures() {
        var view = finance();
        var today = LocalDate.now(clock);
        view.filters.kind.setValue(Period.Kind.CUSTOM);
        view.filters.from.setValue(today.minusDays(89));
        view.filters.to.setValue(today);
        assertThat(view.filter().period()).isEqualTo(Period.custom(today.minusDays(89), today));
        var tile = view.kpis.tile(Indicator.FINANCE_COMPLETED_AMOUNT).orElseThrow();
        var shownBefore = tile.value();
        assertThat(shownBefore).isEqualTo(indicators.value(Indicator.FINANCE_COMPLETED_AMOUNT, view.filter()));

        view.filters.from.setValue(today.plusDays(1));
        assertThat(view.filters.to.isInvalid()).isTrue();
        assertThat(view.filters.to.getErrorMessage()).isEqualTo("结束日期不能早于开始日期");
        assertThat(view.filter().period()).isEqualTo(Period.custom(today.minusDays(89), today));
        assertThat(tile.value()).isEqualTo(shownBefore);
    }

    @Test
    void a_kpis_details_list_the_source_rows_behind_it_and_export_them() throws IOException {
        var view = finance();
        var tile = view.kpis.tile(Indicator.FINANCE_COMPLETED_AMOUNT).orElseThrow();
        _click(tile.details);

        var dialog = LocatorJ._get(SourceRowsDialog.class);
        long expected = indicators.countSourceRows(Indicator.FINANCE_COMPLETED_AMOUNT, view.filter());
        assertThat(expected).isPositive();
        assertThat(GridKt._size(dialog.grid)).isEqualTo((int) expected);
        assertThat(dialog.count.getText()).isEqualTo("共 " + expected + " 条");
        var first = GridKt._get(dialog.grid, 0);
        assertThat(first.source()).isEqualTo(SourceKind.PURCHASE);
        assertThat(first.importBatchId()).isNotNull();
        assertThat(first.sourceRow()).isNotNull();
        assertThat(dialog.getHeaderTitle()).isEqualTo("预算单位完成采购额 · 源数据明细");

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(dialog.export.toXlsx("rows")))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("数据来源");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("金额（元）");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) expected);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(first.reference());
            assertThat(BigDecimal.valueOf(sheet.getRow(1).getCell(8).getNumericCellValue()))
                    .isEqualByComparingTo(first.amount());
        }
        _click(LocatorJ._get(dialog, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("source-rows-close")));
        LocatorJ._assertNone(SourceRowsDialog.class);
    }

    @Test
    void clicking_a_slice_lists_the_rows_of_that_channel_only() {
        var view = finance();
        var share = card(view, BreakdownCard.class, "card-share-finance-completed-amount-by-channel");
        var slice = share.rows.getFirst();
        share.clicked("预算单位完成采购额", slice.name(), 0);

        var dialog = LocatorJ._get(SourceRowsDialog.class);
        var narrowed = view.filter().withChannel(slice.key());
        assertThat(dialog.filter).isEqualTo(narrowed);
        long count = indicators.countSourceRows(Indicator.FINANCE_COMPLETED_AMOUNT, narrowed);
        assertThat(GridKt._size(dialog.grid)).isEqualTo((int) count);
        assertThat(count).isPositive()
                .isLessThan(indicators.countSourceRows(Indicator.FINANCE_COMPLETED_AMOUNT, view.filter()));
        for (int i = 0; i < Math.min(20, count); i++) {
            assertThat(GridKt._get(dialog.grid, i).channelCode()).isEqualTo(slice.key());
        }
    }

    @Test
    void a_charts_data_shows_as_a_table_that_exports_to_excel() throws IOException {
        var view = finance();
        var ranking = card(view, BreakdownCard.class,
                "card-ranking-finance-reserved-amount-and-more-by-city");
        assertThat(ranking.chart.isVisible()).isTrue();
        assertThat(ranking.table.isVisible()).isFalse();
        _click(ranking.toggle);
        assertThat(ranking.table.isVisible()).isTrue();
        assertThat(ranking.chart.isVisible()).isFalse();
        assertThat(ranking.toggle.getText()).isEqualTo("查看图表");
        assertThat(GridKt._size(ranking.table)).isEqualTo(ranking.rows.size()).isPositive();

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ranking.export.toXlsx("x")))) {
            var sheet = workbook.getSheetAt(0);
            var header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("市（地）");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("预留份额金额（万元）");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("预算单位完成采购额（万元）");
            assertThat(sheet.getLastRowNum()).isEqualTo(ranking.rows.size());
            var first = ranking.rows.getFirst();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(first.name());
            assertThat(BigDecimal.valueOf(sheet.getRow(1).getCell(1).getNumericCellValue()))
                    .isEqualByComparingTo(first.value(0));
            assertThat(BigDecimal.valueOf(sheet.getRow(1).getCell(2).getNumericCellValue()))
                    .isEqualByComparingTo(first.value(1));
        }
        var completed = indicators.breakdown(Indicator.FINANCE_COMPLETED_AMOUNT, Dimension.CITY, view.filter(), 0)
                .stream().filter(r -> r.key().equals(ranking.rows.getFirst().key())).findFirst().orElseThrow();
        assertThat(ranking.rows.getFirst().value(1)).isEqualByComparingTo(
                Display.shown(Indicator.FINANCE_COMPLETED_AMOUNT, completed.value()));
        assertThat(ranking.download.getElement().getAttribute("href")).isNotBlank();
    }

    @Test
    void a_period_without_data_says_so_instead_of_drawing_an_empty_chart() {
        var view = finance();
        view.filters.year.setValue(FilterBar.FIRST_YEAR);
        var trend = card(view, TrendCard.class, "card-trend-finance-completed-amount");
        assertThat(trend.isEmpty()).isTrue();
        assertThat(trend.empty.isVisible()).isTrue();
        assertThat(trend.chart.isVisible()).isFalse();
        assertThat(trend.empty.getElement().getTextRecursively()).isEqualTo("本期暂无数据");
        var tile = view.kpis.tile(Indicator.FINANCE_COMPLETED_AMOUNT).orElseThrow();
        assertThat(tile.card.getValueText()).isEqualTo("0.00");
    }

    @Test
    void the_threshold_lists_the_units_below_it_and_sets_the_figure_of_units_below_the_rate() {
        var view = finance();
        view.belowRate.threshold.setValue(BigDecimal.valueOf(50));

        var filter = view.filter();
        assertThat(filter.threshold()).isEqualByComparingTo("50");
        long below = indicators.countUnitCompletions(filter, true);
        assertThat(below).isPositive();
        assertThat(GridKt._size(view.belowRate.grid)).isEqualTo((int) below);
        assertThat(view.belowRate.count.getText()).isEqualTo("完成率低于 50.00% 的单位共 " + below + " 个，按完成率由低到高");
        var first = GridKt._get(view.belowRate.grid, 0);
        assertThat(first.completionRate()).isLessThan(BigDecimal.valueOf(50));
        var tile = view.kpis.tile(Indicator.FINANCE_UNITS_BELOW_RATE).orElseThrow();
        assertThat(tile.value()).isEqualTo(indicators.value(Indicator.FINANCE_UNITS_BELOW_RATE, filter));
        assertThat(tile.value().value()).isEqualByComparingTo(BigDecimal.valueOf(below));

        view.belowRate.threshold.setValue(BigDecimal.valueOf(-5));
        assertThat(view.belowRate.threshold.isInvalid()).isTrue();
        assertThat(view.belowRate.threshold.getErrorMessage()).isEqualTo("请输入 0 至 1000 之间的百分比");
        assertThat(GridKt._size(view.belowRate.grid)).isEqualTo((int) below);
        assertThat(tile.value().value()).isEqualByComparingTo(BigDecimal.valueOf(below));
    }

    @Test
    void the_finance_dashboard_ranks_by_city_and_by_supervising_department() {
        var view = finance();
        var byDepartment = card(view, BreakdownCard.class,
                "card-ranking-finance-completion-rate-by-supervising-department");
        var expected = indicators.breakdown(Indicator.FINANCE_COMPLETION_RATE, Dimension.SUPERVISING_DEPARTMENT,
                view.filter(), 15);
        assertThat(byDepartment.rows).extracting(ChartRow::name)
                .containsExactlyElementsOf(expected.stream().map(r -> r.nameZh()).toList());
        assertThat(byDepartment.rows).isSortedAccordingTo((a, b) -> b.value(0).compareTo(a.value(0)));
        var nothing = card(view, BreakdownCard.class, "card-ranking-finance-units-reserving-nothing-by-city");
        assertThat(nothing.rows).isNotEmpty();
        assertThat(IndicatorFilter.DEFAULT_THRESHOLD).isEqualByComparingTo(view.belowRate.threshold.getValue());
    }
}
