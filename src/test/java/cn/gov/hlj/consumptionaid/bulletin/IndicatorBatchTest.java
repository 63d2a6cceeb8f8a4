package cn.gov.hlj.consumptionaid.bulletin;

import cn.gov.hlj.consumptionaid.metrics.FigureRequest;
import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import cn.gov.hlj.consumptionaid.metrics.IndicatorService;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.time.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The batch call the bulletins use ({@link IndicatorService#figures}) answers every figure exactly as the single
 * calls do — each total as {@code value(…).value()}, each breakdown as {@code breakdown(…)} — for every indicator of
 * the catalog and every dimension it has, for a year-to-date, a month and a prefecture; and it is refused as a whole
 * when one indicator of the batch or the filter's region is outside the user's scope.
 */
class IndicatorBatchTest extends BulletinDataTest {

    IndicatorBatchTest() {
        super(31, 150, 600, 300);
    }

    @Autowired
    IndicatorService indicators;

    @Test
    void every_figure_of_a_batch_equals_the_single_call_for_every_indicator_and_dimension() {
        signIn.as("leader");
        var lastMonth = YearMonth.from(LocalDate.now(clock)).minusMonths(1);
        var filters = List.of(
                IndicatorFilter.of(BulletinType.figuresPeriod(Period.month(lastMonth))).withRegion("230000"),
                IndicatorFilter.of(Period.month(lastMonth)),
                IndicatorFilter.of(BulletinType.figuresPeriod(Period.month(lastMonth))).withRegion("230100"));
        for (var filter : filters) {
            var requests = new ArrayList<FigureRequest>();
            for (var indicator : Indicator.values()) {
                requests.add(FigureRequest.total(indicator));
                for (var dimension : indicator.dimensions()) {
                    requests.add(FigureRequest.breakdown(indicator, dimension, 0));
                    requests.add(FigureRequest.breakdown(indicator, dimension, 5));
                }
            }
            var answers = indicators.figures(requests, filter);
            for (var indicator : Indicator.values()) {
                assertThat(answers.total(indicator)).as(indicator.code() + " " + filter)
                        .isEqualByComparingTo(indicators.value(indicator, filter).value());
                for (var dimension : indicator.dimensions()) {
                    for (int limit : new int[]{0, 5}) {
                        assertThat(answers.breakdown(indicator, dimension, limit))
                                .as(indicator.code() + " by " + dimension + " limit " + limit + " " + filter)
                                .isEqualTo(indicators.breakdown(indicator, dimension, filter, limit));
                    }
                }
            }
        }
    }

    @Test
    void a_batch_is_refused_whole_when_one_indicator_or_the_region_is_outside_the_users_scope() {
        var filter = IndicatorFilter.of(Period.year(LocalDate.now(clock).getYear()));
        signIn.as("finance");
        var own = indicators.figures(List.of(FigureRequest.total(Indicator.FINANCE_COMPLETED_AMOUNT)), filter);
        assertThat(own.total(Indicator.FINANCE_COMPLETED_AMOUNT))
                .isEqualByComparingTo(indicators.value(Indicator.FINANCE_COMPLETED_AMOUNT, filter).value());
        assertThatThrownBy(() -> indicators.figures(List.of(FigureRequest.total(Indicator.FINANCE_COMPLETED_AMOUNT),
                FigureRequest.total(Indicator.SASAC_PURCHASE_AMOUNT)), filter))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as("FINANCE", "230100", AppRoles.DEPARTMENT_MEMBER);
        assertThatThrownBy(() -> indicators.figures(List.of(FigureRequest.total(Indicator.FINANCE_COMPLETED_AMOUNT)),
                filter.withRegion("230200"))).isInstanceOf(AccessDeniedException.class);

        signIn.as("SASAC", "230000", AppRoles.SUPERVISOR);
        assertThatThrownBy(() -> indicators.figures(List.of(FigureRequest.total(Indicator.SASAC_SOES)), filter))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_breakdown_by_a_dimension_the_indicator_lacks_is_refused_when_asked() {
        assertThatThrownBy(() -> FigureRequest.breakdown(Indicator.SASAC_SOES,
                cn.gov.hlj.consumptionaid.metrics.Dimension.PURCHASER, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sasac.soes");
    }
}
