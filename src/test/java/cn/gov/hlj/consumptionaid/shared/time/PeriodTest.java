package cn.gov.hlj.consumptionaid.shared.time;

import cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {

    private static final Clock NOV_28_2026 = Clock.fixed(
            ZonedDateTime.of(2026, 11, 28, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));

    private final PortalI18NProvider i18n = new PortalI18NProvider();

    @Test
    void a_month_quarter_and_year_cover_their_calendar_units() {
        assertThat(Period.month(2024, 2)).isEqualTo(new Period(Period.Kind.MONTH, LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 2, 29)));
        assertThat(Period.quarter(2026, 3)).isEqualTo(new Period(Period.Kind.QUARTER, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 30)));
        assertThat(Period.year(2026).days()).isEqualTo(365);
        assertThat(Period.containing(Period.Kind.QUARTER, LocalDate.of(2026, 11, 28)))
                .isEqualTo(Period.quarter(2026, 4));
    }

    @Test
    void the_previous_period_of_a_whole_unit_is_the_whole_unit_before() {
        assertThat(Period.month(2026, 3).previous()).isEqualTo(Period.month(2026, 2));
        assertThat(Period.month(2026, 1).previous()).isEqualTo(Period.month(2025, 12));
        assertThat(Period.quarter(2026, 1).previous()).isEqualTo(Period.quarter(2025, 4));
        assertThat(Period.year(2026).previous()).isEqualTo(Period.year(2025));
    }

    @Test
    void year_to_date_runs_from_january_to_today_and_compares_with_the_same_days_a_year_before() {
        var ytd = Period.yearToDate(NOV_28_2026);
        assertThat(ytd).isEqualTo(new Period(Period.Kind.YEAR, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 28)));
        assertThat(ytd.complete()).isFalse();
        assertThat(ytd.previous()).isEqualTo(new Period(Period.Kind.YEAR, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 11, 28)));
    }

    @Test
    void a_month_to_date_is_cut_to_the_length_of_the_month_before() {
        var march31 = new Period(Period.Kind.MONTH, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 30));
        assertThat(march31.previous()).isEqualTo(new Period(Period.Kind.MONTH, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28)));
        assertThat(Period.monthToDate(NOV_28_2026).previous()).isEqualTo(new Period(Period.Kind.MONTH,
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 28)));
    }

    @Test
    void the_previous_period_of_a_custom_range_is_as_many_days_just_before_it() {
        var range = Period.custom(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 19));
        assertThat(range.previous()).isEqualTo(Period.custom(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 9)));
        assertThat(range.previous().days()).isEqualTo(range.days());
    }

    @Test
    void a_period_that_is_no_calendar_unit_is_refused() {
        assertThatThrownBy(() -> new Period(Period.Kind.MONTH, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(Period.Kind.QUARTER, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.custom(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.quarter(2026, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void months_lists_every_month_the_period_touches() {
        assertThat(Period.custom(LocalDate.of(2025, 11, 20), LocalDate.of(2026, 1, 5)).months())
                .containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1));
    }

    @Test
    void labels_read_naturally_in_chinese_and_english() {
        assertThat(label(Period.month(2026, 3), PortalI18NProvider.CHINESE)).isEqualTo("2026年3月");
        assertThat(label(Period.quarter(2026, 1), PortalI18NProvider.CHINESE)).isEqualTo("2026年第1季度");
        assertThat(label(Period.year(2026), PortalI18NProvider.ENGLISH)).isEqualTo("2026");
        assertThat(label(Period.yearToDate(NOV_28_2026), PortalI18NProvider.CHINESE))
                .isEqualTo("2026年（截至2026-11-28）");
        assertThat(label(Period.custom(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 19)),
                PortalI18NProvider.ENGLISH)).isEqualTo("2026-03-10 to 2026-03-19");
    }

    private String label(Period period, java.util.Locale locale) {
        return i18n.getTranslation(period.labelKey(), locale, period.labelArguments());
    }
}
