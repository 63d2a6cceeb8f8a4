package cn.gov.hlj.consumptionaid.bulletin;

import cn.gov.hlj.consumptionaid.bulletin.render.BulletinNumbers;
import cn.gov.hlj.consumptionaid.bulletin.render.BulletinRenderer;
import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import cn.gov.hlj.consumptionaid.metrics.IndicatorService;
import cn.gov.hlj.consumptionaid.metrics.IndicatorUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure a bulletin prints is the dashboard's figure: each value of the bulletin's data (headline figures,
 * every row of the regional tables, every ranking) equals what {@link IndicatorService} gives a leader for the same
 * period and region (a table row: the same indicator filtered to that region, department or channel); and the PDF
 * prints them (spot checks on the text).
 */
class BulletinFiguresTest extends BulletinDataTest {

    BulletinFiguresTest() {
        super(11, 150, 800, 400);
    }

    @Autowired
    BulletinDataService dataService;
    @Autowired
    BulletinRenderer renderer;
    @Autowired
    IndicatorService indicators;

    @ParameterizedTest
    @ValueSource(strings = {"230000", "230100"})
    void every_figure_of_the_bulletin_equals_the_indicator_for_the_same_period_and_region(String region)
            throws Exception {
        var month = YearMonth.from(LocalDate.now(clock)).minusMonths(1);
        var request = BulletinRequest.monthly(month.getYear(), month.getMonthValue(), region);
        signIn.as("bulletin-editor");
        var data = dataService.read(request, month.getYear(), 1, LocalDate.now(clock), LocalDateTime.now(clock),
                Narrative.EMPTY);

        signIn.as("leader");
        var filter = IndicatorFilter.of(BulletinType.figuresPeriod(request.period())).withRegion(region);
        assertThat(data.figuresPeriod().from()).isEqualTo(month.atDay(1).withDayOfYear(1));
        assertThat(data.figuresPeriod().to()).isEqualTo(month.atEndOfMonth());
        assertThat(data.figures()).containsOnlyKeys(BulletinData.HEADLINE);
        for (var indicator : BulletinData.HEADLINE) {
            assertThat(data.figure(indicator)).as(indicator.code())
                    .isEqualByComparingTo(indicators.value(indicator, filter).value());
        }
        assertThat(data.figure(Indicator.FINANCE_COMPLETED_AMOUNT)).isPositive();

        assertThat(data.financeByRegion()).hasSize(region.equals("230000") ? 13 : jdbc.queryForObject(
                "SELECT COUNT(*) FROM region WHERE parent_code = ?", Integer.class, region));
        for (var row : data.financeByRegion()) {
            var cut = filter.withRegion(row.regionCode());
            same(row.units(), Indicator.FINANCE_BUDGET_UNITS, cut);
            same(row.reserved(), Indicator.FINANCE_RESERVED_AMOUNT, cut);
            same(row.completed(), Indicator.FINANCE_COMPLETED_AMOUNT, cut);
            same(row.rate(), Indicator.FINANCE_COMPLETION_RATE, cut);
            same(row.reservingNothing(), Indicator.FINANCE_UNITS_RESERVING_NOTHING, cut);
        }
        for (var row : data.educationByRegion()) {
            var cut = filter.withRegion(row.regionCode());
            same(row.schools(), Indicator.EDUCATION_SCHOOLS, cut);
            same(row.participating(), Indicator.EDUCATION_PARTICIPATING_SCHOOLS, cut);
            same(row.rate(), Indicator.EDUCATION_PARTICIPATION_RATE, cut);
            same(row.purchases(), Indicator.EDUCATION_PURCHASE_AMOUNT, cut);
        }
        assertThat(data.departmentRanking()).isNotEmpty();
        for (var row : data.departmentRanking()) {
            same(row.value(), Indicator.FINANCE_COMPLETION_RATE, filter.withSupervisingDepartment(row.key()));
        }
        assertThat(data.salesByChannel()).isNotEmpty();
        for (var row : data.salesByChannel()) {
            same(row.value(), Indicator.POVERTY_SALES_AMOUNT, filter.withChannel(row.key()));
        }
        assertThat(data.soeRanking()).hasSizeLessThanOrEqualTo(BulletinDataService.SOE_RANKING_SIZE)
                .isEqualTo(indicators.breakdown(Indicator.SASAC_PURCHASE_AMOUNT, Dimension.PURCHASER, filter,
                        BulletinDataService.SOE_RANKING_SIZE).stream()
                        .map(row -> new BulletinData.RankedFigure(row.rank(), row.key(), row.nameZh(), row.value()))
                        .toList());

        // the document prints them
        var text = PdfText.of(renderer.render(data).get(BulletinFormat.PDF));
        assertThat(text).contains(data.scopeName(),
                "已完成采购" + shown(data.figure(Indicator.FINANCE_COMPLETED_AMOUNT), IndicatorUnit.YUAN) + "万元",
                "各渠道销售扶贫产品" + shown(data.figure(Indicator.POVERTY_SALES_AMOUNT), IndicatorUnit.YUAN) + "万元");
        var first = data.financeByRegion().getFirst();
        assertThat(text).containsPattern(Pattern.quote(first.name()) + "\\s+"
                + Pattern.quote(shown(first.units(), IndicatorUnit.COUNT)) + "\\s+"
                + Pattern.quote(shown(first.reserved(), IndicatorUnit.YUAN)) + "\\s+"
                + Pattern.quote(shown(first.completed(), IndicatorUnit.YUAN)) + "\\s+"
                + Pattern.quote(shown(first.rate(), IndicatorUnit.PERCENT)));
        assertThat(text).containsPattern("合计\\s+"
                + Pattern.quote(shown(data.figure(Indicator.FINANCE_BUDGET_UNITS), IndicatorUnit.COUNT)) + "\\s+"
                + Pattern.quote(shown(data.figure(Indicator.FINANCE_RESERVED_AMOUNT), IndicatorUnit.YUAN)) + "\\s+"
                + Pattern.quote(shown(data.figure(Indicator.FINANCE_COMPLETED_AMOUNT), IndicatorUnit.YUAN)));
    }

    @org.junit.jupiter.api.Test
    void the_reserved_share_table_lists_every_budget_unit_as_the_indicator_service_does_grouped_by_department()
            throws Exception {
        var month = YearMonth.from(LocalDate.now(clock)).minusMonths(1);
        var request = BulletinRequest.monthly(BulletinType.RESERVED_SHARES, month.getYear(), month.getMonthValue(),
                "230000");
        signIn.as("bulletin-editor");
        var data = dataService.read(request, month.getYear(), 1, LocalDate.now(clock), LocalDateTime.now(clock),
                Narrative.EMPTY);

        signIn.as("leader");
        var filter = IndicatorFilter.of(BulletinType.figuresPeriod(request.period())).withRegion("230000");
        var expected = indicators.unitCompletions(filter, false,
                org.springframework.data.domain.PageRequest.of(0, 100_000));
        var printed = data.unitsByDepartment().stream().flatMap(d -> d.units().stream()).toList();
        assertThat(printed).hasSameSizeAs(expected).isNotEmpty();
        assertThat(printed).extracting(BulletinData.UnitLine::code)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(r -> r.code()).toList());
        for (var row : expected) {
            var line = printed.stream().filter(l -> l.code().equals(row.code())).findFirst().orElseThrow();
            assertThat(line.reserved()).isEqualByComparingTo(row.reservedAmount());
            assertThat(line.completed()).isEqualByComparingTo(row.completedAmount());
            if (row.completionRate() == null) {
                assertThat(line.rate()).isNull();
            } else {
                assertThat(line.rate()).isEqualByComparingTo(row.completionRate());
            }
        }
        for (var department : data.unitsByDepartment()) {
            assertThat(department.units()).allMatch(unit -> expected.stream().anyMatch(row ->
                    row.code().equals(unit.code()) && department.code().equals(
                            row.supervisingDepartmentCode() == null ? "" : row.supervisingDepartmentCode())));
            if (!department.code().isEmpty()) {
                same(department.completed(), Indicator.FINANCE_COMPLETED_AMOUNT,
                        filter.withSupervisingDepartment(department.code()));
            }
        }

        var text = PdfText.of(renderer.render(data).get(BulletinFormat.PDF)).replaceAll("\\s", "");
        assertThat(text).contains("全省预算单位预留份额完成情况表", "主管部门：", "小计",
                printed.getFirst().code());
    }

    /** A table value is the indicator for its cut; a rate the table leaves empty (nothing reserved) is zero there. */
    private void same(BigDecimal printed, Indicator indicator, IndicatorFilter cut) {
        var expected = indicators.value(indicator, cut).value();
        if (printed == null) {
            assertThat(expected).as(indicator.code() + " " + cut.regionCode()).isZero();
        } else {
            assertThat(printed).as(indicator.code() + " " + cut).isEqualByComparingTo(expected);
        }
    }

    private static String shown(BigDecimal value, IndicatorUnit unit) {
        return BulletinNumbers.format(value, unit);
    }
}
