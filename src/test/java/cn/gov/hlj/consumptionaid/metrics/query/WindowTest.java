package cn.gov.hlj.consumptionaid.metrics.query;

import cn.gov.hlj.consumptionaid.metrics.rollup.RollupWriter;
import cn.gov.hlj.consumptionaid.shared.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A period from January 1 to the end of a month is read from one row per purchaser: the month, quarter or year where it
 * is one, else the year-to-month grain T, which only the per-purchaser tables have.
 */
class WindowTest {

    private static Window ytd(int year, int month) {
        return Window.of(Period.custom(LocalDate.of(year, 1, 1), YearMonth.of(year, month).atEndOfMonth()));
    }

    @Test
    void january_to_the_end_of_a_month_that_is_no_calendar_unit_is_year_to_month_for_the_per_purchaser_tables() {
        for (int month : new int[]{2, 4, 5, 6, 7, 8, 9, 10, 11}) {
            var window = ytd(2026, month);
            assertThat(window.exact()).as("month %d", month).isFalse();
            assertThat(window.exactGrain()).isNull();
            assertThat(window.perPurchaserExact()).isTrue();
            assertThat(window.perPurchaserGrain()).isEqualTo("T");
            assertThat(window.perPurchaserKey()).isEqualTo(202600 + month);
            assertThat(window.firstMonthKey()).isEqualTo(202601);
            assertThat(window.lastMonthKey()).isEqualTo(202600 + month);
            assertThat(window.edges()).isEmpty();
        }
    }

    @Test
    void the_writer_keeps_year_to_month_rows_for_exactly_the_months_the_window_reads_them_for() {
        for (int month = 1; month <= 12; month++) {
            assertThat(ytd(2025, month).yearToMonthKey() != null).as("month %d", month)
                    .isEqualTo(RollupWriter.YEAR_TO_MONTHS.contains(month));
        }
        assertThat(ytd(2025, 7).perPurchaserGrain()).isEqualTo(RollupWriter.YEAR_TO_MONTH);
    }

    @Test
    void january_january_to_march_and_the_whole_year_keep_their_calendar_grains() {
        assertThat(ytd(2026, 1)).extracting(Window::exactGrain, Window::exactKey, Window::perPurchaserGrain,
                Window::perPurchaserKey).containsExactly("M", 202601, "M", 202601);
        assertThat(ytd(2026, 3)).extracting(Window::exactGrain, Window::exactKey, Window::perPurchaserGrain,
                Window::perPurchaserKey).containsExactly("Q", 20261, "Q", 20261);
        assertThat(ytd(2026, 12)).extracting(Window::exactGrain, Window::exactKey, Window::perPurchaserGrain,
                Window::perPurchaserKey).containsExactly("Y", 2026, "Y", 2026);
        assertThat(Window.of(Period.quarter(2026, 3))).extracting(Window::exactGrain, Window::exactKey)
                .containsExactly("Q", 20263);
    }

    @Test
    void periods_that_do_not_start_on_january_1_or_end_on_a_month_end_are_not_year_to_month() {
        var notFromJanuary = Window.of(Period.custom(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 31)));
        var cutEnd = Window.of(Period.custom(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 30)));
        var cutStart = Window.of(Period.custom(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 5, 31)));
        var acrossYears = Window.of(Period.custom(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 5, 31)));
        for (var window : new Window[]{notFromJanuary, cutEnd, cutStart, acrossYears}) {
            assertThat(window.perPurchaserExact()).as(window.period().toString()).isFalse();
            assertThat(window.perPurchaserGrain()).isNull();
            assertThat(window.perPurchaserKey()).isNull();
        }
    }
}
